#!/usr/bin/env Rscript
# Reference for the W1 threshold intervals (issue 4) on lossbook's own data: WORKLOAD-W1
# section 5's case bootstrap, exactly as its reference implementation does it (500 resamples of
# the 240 rows; the hinge of section 3 refitted on each: profile RSS on 200 equally spaced eta over
# the resample's own [min L, max L], Brent's method between the best grid point's neighbours,
# x-tolerance 1e-8; 95% interval = quantiles 0.025 and 0.975, R type 7), repeated with R seeds
# 1 to 20 so that the fixture records the interval and its Monte Carlo spread.
# It shows that the interval is a property of the data, not of lossbook's resampling.
# Usage: Rscript Scripts/reference/make_w1_bootstrap_reference.R <family.csv> <out.csv>
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
rss1 <- function(eta, L, y) {
  h <- pmax(eta - L, 0)
  if (all(h == 0)) return(sum((y - mean(y))^2))
  hc <- h - mean(h); yc <- y - mean(y)
  sum(yc^2) - sum(hc * yc)^2 / sum(hc^2)
}
hinge <- function(L, y) {
  g <- seq(min(L), max(L), length.out = 200)
  r <- sapply(g, rss1, L = L, y = y); i <- which.min(r)
  o <- optimize(rss1, c(g[max(i - 1, 1)], g[min(i + 1, 200)]), L = L, y = y, tol = 1e-8)
  if (o$objective < r[i]) o$minimum else g[i]
}
seeds <- 1:20
rows <- list()
for (t in c("MMLU_like", "GSM8K_like", "CEval_like")) {
  L <- d$loss; y <- d[[t]]
  cis <- t(sapply(seeds, function(s) {
    set.seed(s)
    e <- replicate(500, { i <- sample.int(length(L), replace = TRUE); hinge(L[i], y[i]) })
    quantile(e, c(0.025, 0.975), type = 7)
  }))
  rows[[t]] <- data.frame(task = t, estimate = hinge(L, y), lower_mean = mean(cis[, 1]), upper_mean = mean(cis[, 2]),
    lower_sd = sd(cis[, 1]), upper_sd = sd(cis[, 2]), lower_min = min(cis[, 1]), upper_max = max(cis[, 2]),
    seeds = length(seeds))
}
write.csv(do.call(rbind, rows), args[2], row.names = FALSE, quote = FALSE)
