/// The pseudo-language's marking of a catalogue string, as Android's and Chromium's
/// pseudo-locales do: bracketed (`⟦`, `⟧`), its letters accented and the text made about a
/// third longer, so that unmarked text on a page is text that bypassed the catalogue and
/// layouts are tried with longer words.
///
/// Words holding a digit (numbers, `1.2e-5`, `p=0.01`) are kept as they are, so numbers stay
/// readable and checkable; so are markup (`<...>`, `&...;`), placeholders (`{eta}`) and
/// bracketed text (a template's `[[term]]`, an interval `[0.2, 0.3]`).
public enum PseudoText {
  public static let open: Character = "⟦"
  public static let close: Character = "⟧"

  /// `text` marked, accented and lengthened; an empty text stays empty.
  public static func mark(_ text: String) -> String {
    guard !text.isEmpty else { return text }
    var out = String(open)
    var word = ""
    var inMarkup: Character? = nil
    var letters = 0
    func flush() {
      if word.contains(where: \.isNumber) {
        out += word
      } else {
        for c in word {
          if let a = accented[c] {
            out.unicodeScalars.append(a)
            letters += 1
          } else {
            out.append(c)
          }
        }
      }
      word = ""
    }
    for c in text {
      if let end = inMarkup {
        out.append(c)
        if c == end { inMarkup = nil }
        continue
      }
      if let end = Self.markupEnd[c] {
        flush()
        out.append(c)
        inMarkup = end
      } else if c.isWhitespace {
        flush()
        out.append(c)
      } else {
        word.append(c)
      }
    }
    flush()
    // About a third longer, as translations into longer languages are.
    if letters >= 3 { out += " " + String(repeating: "·", count: (letters + 2) / 3) }
    out.append(close)
    return out
  }

  /// Where markup, a placeholder (`{eta}`) or a template's term (`[[loss]]`) ends.
  private static let markupEnd: [Character: Character] = ["<": ">", "&": ";", "{": "}", "[": "]"]

  private static let accented: [Character: Unicode.Scalar] = {
    let plain = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    let marks = Array("áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ".unicodeScalars)
    var m: [Character: Unicode.Scalar] = [:]
    for (p, a) in zip(plain, marks) { m[p] = a }
    return m
  }()
}
