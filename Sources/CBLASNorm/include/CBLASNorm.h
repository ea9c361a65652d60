#ifndef CBLASNORM_H
#define CBLASNORM_H
/* The Euclidean norm GSL's solvers call through CBLAS (see dnrm2.c). */
double cblas_dnrm2(const int N, const double *X, const int incX);
#endif
