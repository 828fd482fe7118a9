#ifndef CTAPE_H
#define CTAPE_H
#include <stdint.h>

/// Operation codes, equal to GraphEngine's Operation raw values for the ops the benchmark uses.
enum { CTAPE_INPUT = 0, CTAPE_ADD = 2, CTAPE_MULTIPLY = 4, CTAPE_TANH = 14 };

/// Forward evaluation with local partials: values of inputs are preset; fills the rest and
/// partials[2i], partials[2i+1].
void ctape_linearize(int64_t count, const uint8_t *ops, const int32_t *lhs, const int32_t *rhs,
                     double *values, double *partials);

/// Reverse sweep from `output`: adjoints must hold zeros; fills every node's adjoint.
void ctape_reverse(int64_t count, const int32_t *lhs, const int32_t *rhs, const double *partials,
                   int64_t output, double *adjoints);

/// Tangent sweep seeded at `input`: fills every node's d(node)/d(input).
void ctape_tangent(int64_t count, const int32_t *lhs, const int32_t *rhs, const double *partials,
                   int64_t input, double *tangents);
#endif
