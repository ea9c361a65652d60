// The GSL headers lossbook uses, plus static inline accessors for GSL's global type
// descriptors (Swift 6 rejects direct references to C globals as not concurrency-safe).
// No stable API: only LossbookStats imports this module.
#ifndef LOSSBOOK_CGSL_SHIM_H
#define LOSSBOOK_CGSL_SHIM_H

#include <gsl/gsl_errno.h>
#include <gsl/gsl_math.h>
#include <gsl/gsl_vector.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_blas.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_multifit.h>
#include <gsl/gsl_multifit_nlinear.h>
#include <gsl/gsl_min.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_version.h>

static inline const gsl_rng_type *lb_rng_mt19937(void) { return gsl_rng_mt19937; }
static inline const gsl_multifit_nlinear_type *lb_nlinear_trust(void) { return gsl_multifit_nlinear_trust; }
static inline const gsl_multifit_nlinear_trs *lb_trs_lm(void) { return gsl_multifit_nlinear_trs_lm; }
static inline const gsl_multifit_nlinear_trs *lb_trs_lmaccel(void) { return gsl_multifit_nlinear_trs_lmaccel; }
static inline const gsl_multifit_nlinear_trs *lb_trs_dogleg(void) { return gsl_multifit_nlinear_trs_dogleg; }
static inline const gsl_multifit_nlinear_trs *lb_trs_ddogleg(void) { return gsl_multifit_nlinear_trs_ddogleg; }
static inline const gsl_multifit_nlinear_trs *lb_trs_subspace2D(void) { return gsl_multifit_nlinear_trs_subspace2D; }
static inline const gsl_multifit_nlinear_scale *lb_scale_more(void) { return gsl_multifit_nlinear_scale_more; }
static inline const gsl_multifit_nlinear_solver *lb_solver_qr(void) { return gsl_multifit_nlinear_solver_qr; }
static inline const gsl_min_fminimizer_type *lb_fmin_brent(void) { return gsl_min_fminimizer_brent; }
static inline const char *lb_gsl_version(void) { return gsl_version; }

#endif
