#include "cmlp.h"
#include <math.h>
#include <string.h>

/// c = b on every row, then c += a·w (rows×inner · inner×columns).
static void affine(int64_t rows, int64_t inner, int64_t columns, const double *a, const double *w, const double *b, double *c) {
    for (int64_t i = 0; i < rows; i++) memcpy(c + i * columns, b, columns * sizeof(double));
    for (int64_t i = 0; i < rows; i++)
        for (int64_t k = 0; k < inner; k++) {
            double x = a[i * inner + k];
            for (int64_t j = 0; j < columns; j++) c[i * columns + j] += x * w[k * columns + j];
        }
}

/// da = dc·wᵀ, dw = aᵀ·dc, db = the column sums of dc, for c = a·w + b.
static void affine_backward(int64_t rows, int64_t inner, int64_t columns, const double *a, const double *w, const double *dc,
                            double *da, double *dw, double *db) {
    memset(da, 0, rows * inner * sizeof(double));
    memset(dw, 0, inner * columns * sizeof(double));
    memset(db, 0, columns * sizeof(double));
    for (int64_t i = 0; i < rows; i++)
        for (int64_t k = 0; k < inner; k++) {
            double total = 0;
            for (int64_t j = 0; j < columns; j++) total += dc[i * columns + j] * w[k * columns + j];
            da[i * inner + k] += total;
        }
    for (int64_t i = 0; i < rows; i++)
        for (int64_t k = 0; k < inner; k++) {
            double x = a[i * inner + k];
            for (int64_t j = 0; j < columns; j++) dw[k * columns + j] += x * dc[i * columns + j];
        }
    for (int64_t i = 0; i < rows; i++)
        for (int64_t j = 0; j < columns; j++) db[j] += dc[i * columns + j];
}

double cmlp_run(const cmlp *m) {
    int64_t n = m->batch, d = m->inputs, hidden = m->hidden, o = m->outputs;
    affine(n, d, hidden, m->x, m->w1, m->b1, m->z1);
    for (int64_t i = 0; i < n * hidden; i++) {
        double z = m->z1[i];
        m->h[i] = z > 0 ? z : 0;
        m->relu_mask[i] = z > 0 ? 1 : 0;
    }
    affine(n, hidden, o, m->h, m->w2, m->b2, m->z2);
    double loss = 0;
    for (int64_t i = 0; i < n; i++) {
        const double *z = m->z2 + i * o, *t = m->t + i * o;
        double largest = z[0], total = 0, targets = 0;
        for (int64_t j = 1; j < o; j++) largest = z[j] > largest ? z[j] : largest;
        for (int64_t j = 0; j < o; j++) total += exp(z[j] - largest);
        for (int64_t j = 0; j < o; j++) targets += t[j];
        double log_total = log(total) + largest;
        for (int64_t j = 0; j < o; j++) {
            double log_p = z[j] - log_total;
            loss -= t[j] * log_p;
            m->dz2_partial[i * o + j] = (exp(log_p) * targets - t[j]) / (double)n;
            m->dt_partial[i * o + j] = -log_p / (double)n;
        }
    }
    loss /= (double)n;
    for (int64_t i = 0; i < n * o; i++) {
        m->dz2[i] = m->dz2_partial[i];
        m->dt[i] = m->dt_partial[i];
    }
    affine_backward(n, hidden, o, m->h, m->w2, m->dz2, m->dh, m->dw2, m->db2);
    for (int64_t i = 0; i < n * hidden; i++) m->dz1[i] = m->dh[i] * m->relu_mask[i];
    affine_backward(n, d, hidden, m->x, m->w1, m->dz1, m->dx, m->dw1, m->db1);
    return loss;
}
