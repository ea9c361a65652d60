import LossbookBlocks
import LossbookEngine
import LossbookWords
import Testing

/// The words of `lossbook kinds` (issue 14): the words module documents exactly the registered
/// kinds, and each kind's listed fields exactly, every placeholder filled by the kind's spec.
@Suite struct KindDocsTests {
  @Test func theCatalogueDocumentsExactlyTheRegisteredKinds() {
    #expect(Words.documentedKinds == Set(standardRegistry.names))
  }

  @Test func everyKindHasASummary() {
    for kind in standardRegistry.kinds {
      #expect(!kind.summary.isEmpty, "\(kind.name)")
    }
  }

  @Test func everyFieldHasWordsAndEveryEntryAField() {
    for kind in standardRegistry.kinds {
      #expect(kind.docMismatches == [], "\(kind.name)")
      for field in kind.fields {
        #expect(!field.type.isEmpty && !field.meaning.isEmpty, "\(kind.name).\(field.name)")
        let text = field.type + (field.defaultValue ?? "") + field.meaning
        #expect(!text.contains("{{"), "\(kind.name).\(field.name): an unfilled placeholder")
      }
    }
  }

  /// The front matter's fields and `output` have words, and the catalogue words no other setting.
  @Test func everySettingHasWordsAndEveryEntryASetting() {
    let settings = FrontMatter.fields + [BlockDisplay.field]
    #expect(Words.documentedSettings == Set(settings.map(\.name)))
    for field in settings { #expect(!field.type.isEmpty && !field.meaning.isEmpty, "\(field.name)") }
  }

  @Test func aMismatchIsFound() {
    let listed = [SpecField("table"), SpecField("table"), SpecField("nonesuch"), SpecField("rows", values: ["x": "1"])]
    let found = FieldDocMismatch.find(kind: "table", listed)
    #expect(found.contains(.listedTwice(field: "table")))
    #expect(found.contains(.noWords(field: "nonesuch")))
    #expect(found.contains(.wordsWithoutField(field: "columns")))
    #expect(found.contains(.placeholders(field: "rows", inWords: [], inValues: ["x"])))
    #expect(FieldDocMismatch.find(kind: "nonesuch", []) == [.noKindDoc])
  }
}
