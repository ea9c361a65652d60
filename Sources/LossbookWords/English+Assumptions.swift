/// The English assumptions paragraphs, one per block kind with statistics.
extension English {
  func text(_ key: AssumptionMessage) -> String {
    switch key {
    case .heading: "What the method assumes"
    case .threshold:
      "The line, the S-curve and the hinge are fitted by least squares, as if each score were the curve plus "
        + "Gaussian noise of one variance; a share of right answers is binomial instead (its variance is largest "
        + "half-way up), so BIC and the F statistics are approximations, close when each point has many questions. "
        + "Under the null of sup-F, a straight line, there is no threshold to estimate, so the largest F over the "
        + "candidate thresholds does not follow an F distribution (Davies 1977; Andrews 1993): its p-value comes "
        + "from a parametric bootstrap, straight lines simulated with the fitted noise and searched like the data. "
        + "The tests treat the points as independent; checkpoints of one run are not, which only the interval "
        + "allows for (ci: {resample: runs}). The p-values of a notebook's tests are adjusted together (the front "
        + "matter's adjust:, Holm's method by default) and the verdict reads the adjusted sup-F p-value."
    case .fit:
      "Least squares (weighted when weights: is given): each score is taken as the curve plus independent "
        + "Gaussian noise of one variance. The intervals are the estimate ± t × its standard error from the "
        + "curvature at the optimum, which assumes the estimate is close to normal; a parameter at a bound or one "
        + "the data do not determine is marked instead. AIC and BIC use the Gaussian likelihood of the residuals, "
        + "so they compare curves fitted to the same points only."
    case .collapse:
      "One curve for every group, by least squares, against the same curve with a shift (or a threshold) per "
        + "group. The F statistic's p-value comes from a parametric bootstrap under the common curve, with the "
        + "fitted noise, so it does not rely on the F distribution. “Within the tolerance” is two one-sided tests: "
        + "every group's 1 − 2α interval inside ± the tolerance; “no shift found” alone would not show that. "
        + "Points are treated as independent; checkpoints of one run are not, so the intervals can be too narrow."
    case .budget:
      "The loss law is assumed to hold at the sizes and token counts it is asked about, which may lie beyond the "
        + "data it was fitted on. The intervals pair bootstrap draws of the law (its data resampled by run when "
        + "there are runs) with draws of the threshold, solve each pair, and take quantiles; a draw that cannot "
        + "reach the loss counts as infinite, so an interval can be open above."
    case .sweep:
      "Each cell simulates its replicates from the family with the cell's values and runs the threshold analysis "
        + "on each, so the power holds for data that follow the simulation's model (its loss law, shapes and "
        + "noise), not for every real data set. Power is the share of replicates whose test rejects at alpha, "
        + "with a Wilson interval for the Monte Carlo error; at zero slope the same share is the false-alarm rate, "
        + "which should match alpha."
    }
  }
}
