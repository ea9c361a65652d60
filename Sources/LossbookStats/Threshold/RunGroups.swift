/// Rows grouped by their run label, for resampling whole runs: one list of row indices per
/// distinct label, in the order the labels first appear.
enum RunGroups {
  static func members(of labels: [String]) -> [[Int]] {
    var index: [String: Int] = [:]
    var members: [[Int]] = []
    for (row, label) in labels.enumerated() {
      if let known = index[label] {
        members[known].append(row)
      } else {
        index[label] = members.count
        members.append([row])
      }
    }
    return members
  }
}
