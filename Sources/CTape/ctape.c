#include "ctape.h"
#include <math.h>

void ctape_linearize(int64_t count, const uint8_t *ops, const int32_t *lhs, const int32_t *rhs,
                     double *values, double *partials) {
    for (int64_t i = 0; i < count; i++) {
        switch (ops[i]) {
        case CTAPE_ADD:
            values[i] = values[lhs[i]] + values[rhs[i]];
            partials[2 * i] = 1;
            partials[2 * i + 1] = 1;
            break;
        case CTAPE_MULTIPLY: {
            double x = values[lhs[i]], y = values[rhs[i]];
            values[i] = x * y;
            partials[2 * i] = y;
            partials[2 * i + 1] = x;
            break;
        }
        case CTAPE_TANH: {
            double v = tanh(values[lhs[i]]);
            values[i] = v;
            partials[2 * i] = 1 - v * v;
            partials[2 * i + 1] = 0;
            break;
        }
        default:
            partials[2 * i] = 0;
            partials[2 * i + 1] = 0;
            break;
        }
    }
}

void ctape_reverse(int64_t count, const int32_t *lhs, const int32_t *rhs, const double *partials,
                   int64_t output, double *adjoints) {
    adjoints[output] = 1;
    for (int64_t i = count - 1; i >= 0; i--) {
        double a = adjoints[i];
        if (lhs[i] >= 0) adjoints[lhs[i]] += a * partials[2 * i];
        if (rhs[i] >= 0) adjoints[rhs[i]] += a * partials[2 * i + 1];
    }
}

void ctape_tangent(int64_t count, const int32_t *lhs, const int32_t *rhs, const double *partials,
                   int64_t input, double *tangents) {
    for (int64_t i = 0; i < count; i++) {
        double t = i == input ? 1 : 0;
        if (lhs[i] >= 0) t += partials[2 * i] * tangents[lhs[i]];
        if (rhs[i] >= 0) t += partials[2 * i + 1] * tangents[rhs[i]];
        tangents[i] = t;
    }
}
