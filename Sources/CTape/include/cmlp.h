#ifndef CMLP_H
#define CMLP_H
#include <stdint.h>

/// A two-layer perceptron on a batch, the array benchmark's reference: z1 = x·W1 + b1,
/// h = relu(z1), z2 = h·W2 + b2, loss = softmax cross-entropy of z2 against t, averaged over the
/// batch; then the gradient of the loss with respect to x, W1, b1, W2, b2 and t. Matrices are
/// stored row after row; every buffer is the caller's.
typedef struct {
    int64_t batch, inputs, hidden, outputs;
    const double *x, *w1, *b1, *w2, *b2, *t;
    /// Forward results and what the backward pass keeps.
    double *z1, *relu_mask, *h, *z2, *dz2_partial, *dt_partial;
    /// Gradients; dz2, dh and dz1 are working space.
    double *dz2, *dh, *dz1, *dx, *dw1, *db1, *dw2, *db2, *dt;
} cmlp;

/// Runs the forward and the backward pass; returns the loss.
double cmlp_run(const cmlp *m);
#endif
