import Testing

@testable import LossbookStats

@Suite struct GSLRuntimeTests {
  @Test func versionIsTheLinkedLibrary() {
    #expect(GSLRuntime.version.hasPrefix("2."))
  }

  @Test func errorHandlerIsOffSoAnAbortingCallReturnsItsStatus() {
    // gsl_vector_memcpy with mismatched lengths aborts the process under GSL's default handler.
    #expect(GSLRuntime.provokeLengthError() == 19)
    #expect(GSLError(status: 19).name == "GSL_EBADLEN")
  }

  @Test func statusNamesAndReasonsComeFromGSL() {
    let error = GSLError(status: 11)
    #expect(error.name == "GSL_EMAXITER")
    #expect(error.reason == "exceeded max number of iterations")
    #expect(GSLError(status: 27).name == "GSL_ENOPROG")
    #expect(GSLError(status: 1234).name == "GSL status 1234")
  }

  @Test func outOfDomainDistributionArgumentsGiveNaNNotACrash() {
    #expect(Distribution.fUpperTail(1.5, d1: -1, d2: 3).isNaN)
    #expect(Distribution.chiSquaredUpperTail(2, dof: -4).isNaN)
  }
}
