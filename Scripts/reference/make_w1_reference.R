#!/usr/bin/env Rscript
# Reference numbers for Notebooks/emergence-w1.md on lossbook's own data (issue 4):
# per task, AIC and BIC of the line, the 4-parameter logistic (nls port, W1 section 3) and the
# hinge (profiled over every gap that leaves min_side = 5 points on each side, lossbook's
# documented range) and sup-F on W1's grid of 100 candidates. PELT breakpoints come from
# Python's ruptures in make_w1_pelt.py.
# Usage: Rscript Scripts/reference/make_w1_reference.R <family.csv> <out.csv>
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
tasks <- c("MMLU_like", "GSM8K_like", "CEval_like", "TriviaQA_like", "HellaSwag_like", "WinoGrande_like")
L <- d$loss; n <- length(L); minSide <- 5
crit <- function(rss, k) c(aic = n * log(rss / n) + 2 * k, bic = n * log(rss / n) + k * log(n))
hingeRSS <- function(eta, y) {
  h <- pmax(eta - L, 0)
  if (all(h == 0)) return(sum((y - mean(y))^2))
  sum(resid(lm(y ~ h))^2)
}
hinge <- function(y) {
  s <- sort(unique(L))
  below <- sapply(s, function(v) sum(L <= v))
  best <- list(rss = Inf)
  for (i in seq_len(length(s) - 1)) {
    if (below[i] < minSide || n - below[i] < minSide) next
    o <- optimize(function(e) hingeRSS(e, y), c(s[i], s[i + 1]), tol = 1e-10)
    for (e in c(s[i], s[i + 1], o$minimum)) {
      r <- hingeRSS(e, y)
      if (r < best$rss && sum(L < e) >= minSide && sum(L >= e) >= minSide) best <- list(rss = r, eta = e)
    }
  }
  best
}
supF <- function(y) {
  q <- quantile(L, c(0.1, 0.9), type = 7)
  cand <- seq(q[1], q[2], length.out = 100)
  rss0 <- sum(resid(lm(y ~ L))^2)
  Fs <- sapply(cand, function(e) {
    if (sum(L < e) < minSide || sum(L >= e) < minSide) return(-Inf)
    rss1 <- sum(resid(lm(y ~ L + pmax(e - L, 0)))^2)
    (rss0 - rss1) / (rss1 / (n - 3))
  })
  c(stat = max(Fs), at = cand[which.max(Fs)])
}
rows <- list()
for (t in tasks) {
  y <- d[[t]]
  lin <- crit(sum(resid(lm(y ~ L))^2), 2)
  st <- list(lo = unname(quantile(y, 0.05)), hi = unname(quantile(y, 0.95)), m = median(L), s = 0.1)
  lg <- tryCatch({
    f <- nls(y ~ lo + (hi - lo) / (1 + exp((L - m) / s)), start = st, algorithm = "port",
             lower = c(-0.1, -0.1, 1.5, 0.01), upper = c(1.1, 1.1, 3.5, 1))
    crit(sum(resid(f)^2), 4)
  }, error = function(e) c(aic = NA, bic = NA))
  h <- hinge(y)
  hc <- crit(h$rss, 3)
  sf <- supF(y)
  rows[[t]] <- data.frame(task = t, aic_linear = lin[["aic"]], bic_linear = lin[["bic"]],
    aic_logistic = lg[["aic"]], bic_logistic = lg[["bic"]], aic_hinge = hc[["aic"]], bic_hinge = hc[["bic"]],
    eta = h$eta, supf = sf[["stat"]], supf_at = sf[["at"]])
}
write.csv(do.call(rbind, rows), args[2], row.names = FALSE)
