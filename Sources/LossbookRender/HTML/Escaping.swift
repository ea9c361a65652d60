/// HTML and SVG escaping: the only escaping code in lossbook.
///
/// Both functions escape the five significant characters `& < > " '`
/// (as `&amp; &lt; &gt; &quot; &#39;`), so either output is safe in text and in a
/// double- or single-quoted attribute, in HTML and in standalone SVG (XML).
///
/// Control characters are not allowed in HTML or XML text:
/// - C0 controls other than tab and line feed, DEL (U+007F) and C1 controls
///   (U+0080–U+009F) become U+FFFD REPLACEMENT CHARACTER;
/// - a carriage return (alone or in CR LF) becomes a line feed.
///
/// In attributes, tab and line feed are written as `&#9;` and `&#10;` so that XML
/// attribute-value normalisation does not turn them into spaces.
public enum HTML {
  /// Escapes text content of an element.
  static func escapeText(_ text: String) -> String {
    escape(text, inAttribute: false)
  }

  /// Escapes an attribute value (to be written between double quotes).
  static func escapeAttribute(_ value: String) -> String {
    escape(value, inAttribute: true)
  }

  private static func escape(_ text: String, inAttribute: Bool) -> String {
    var out = ""
    out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { previousWasCarriageReturn = scalar == "\r" }
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t": out += inAttribute ? "&#9;" : "\t"
      case "\n":
        if previousWasCarriageReturn { continue }  // CR LF: the CR already wrote the line feed
        out += inAttribute ? "&#10;" : "\n"
      case "\r": out += inAttribute ? "&#10;" : "\n"
      default:
        if isForbiddenControl(scalar) {
          out.unicodeScalars.append("\u{FFFD}")
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// C0 controls (except tab, LF, CR, handled above), DEL and C1 controls.
  private static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || (0x7F...0x9F).contains(v)
  }
}

extension HTML {
  /// A relative URL for the folder `name` beside the page: `./`, then the name with every byte
  /// outside `A-Z a-z 0-9 - . _ ~` percent-encoded (UTF-8), so `#`, `%`, `?`, spaces and
  /// non-ASCII stay part of the path, and no name (`javascript:x`) can read as a URL scheme.
  public static func relativeFolderURL(_ name: String) -> String {
    let hex = Array("0123456789ABCDEF".utf8)
    var bytes: [UInt8] = Array("./".utf8)
    for byte in name.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"):
        bytes.append(byte)
      default:
        bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
