import Buurtkracht
import Testing

@Suite("CBS area codes")
struct AreaCodeTests {
    @Test func neighbourhoodCodePrefixIsCaseInsensitiveAndStoredUpperCase() throws {
        #expect(try NeighbourhoodCode("bu03630104").rawValue == "BU03630104")
        #expect(try NeighbourhoodCode("Bu03630104").description == "BU03630104")
        #expect(try NeighbourhoodCode("bU03630104").rawValue == "BU03630104")
        #expect(try MunicipalityCode("gm0363").rawValue == "GM0363")
    }

    @Test func leadingZerosAreKept() throws {
        #expect(try MunicipalityCode("GM0014").rawValue == "GM0014")
        #expect(try NeighbourhoodCode("BU00140000").municipality.rawValue == "GM0014")
    }

    @Test func neighbourhoodKnowsItsDistrictAndMunicipality() throws {
        let code = try NeighbourhoodCode("BU03630104")
        #expect(code.district == (try DistrictCode("WK036301")))
        #expect(code.municipality == (try MunicipalityCode("GM0363")))
    }

    @Test func districtKnowsItsMunicipality() throws {
        #expect(try DistrictCode("WK036301").municipality == (try MunicipalityCode("GM0363")))
    }

    @Test(arguments: ["BU0363010", "BU036301045", "WK03630104", "BU0363010A", " BU03630104", "BU 03630104", "03630104", "",
        "BU0363010٤",  // an Arabic-Indic digit
        "ＢＵ03630104",  // full-width letters
        "CU03630104", "BV03630104",  // one letter off
    ])
    func malformedNeighbourhoodCodeIsRejected(_ text: String) {
        let error = expectError(.invalidAreaCode) { try NeighbourhoodCode(text) }
        #expect(error?.context["area"] == "neighbourhood")
        #expect(error?.message.contains("BU00000000") == true)
    }

    @Test(arguments: ["WK03630", "BU036301", "WK0363011"])
    func malformedDistrictCodeIsRejected(_ text: String) {
        let error = expectError(.invalidAreaCode) { try DistrictCode(text) }
        #expect(error?.context["area"] == "district")
    }

    @Test(arguments: ["GM363", "GM03630", "BU0363", "GMABCD"])
    func malformedMunicipalityCodeIsRejected(_ text: String) {
        expectError(.invalidAreaCode) { try MunicipalityCode(text) }
    }

    @Test func areaFilterContainsTheNeighbourhoodsOfItsArea() throws {
        let here = try NeighbourhoodCode("BU19160101")
        let nextDoor = try NeighbourhoodCode("BU19160102")
        let acrossTown = try NeighbourhoodCode("BU19160301")
        let elsewhere = try NeighbourhoodCode("BU03630101")
        #expect(AreaFilter.neighbourhood(here).contains(here))
        #expect(!AreaFilter.neighbourhood(here).contains(nextDoor))
        #expect(AreaFilter.district(here.district).contains(nextDoor))
        #expect(!AreaFilter.district(here.district).contains(acrossTown))
        #expect(AreaFilter.municipality(here.municipality).contains(acrossTown))
        #expect(!AreaFilter.municipality(here.municipality).contains(elsewhere))
    }

    @Test func areaFilterGivesTheNeighbourhoodCodePrefixOfItsArea() throws {
        let here = try NeighbourhoodCode("BU19160101")
        #expect(AreaFilter.neighbourhood(here).neighbourhoodCodePrefix == "BU19160101")
        #expect(AreaFilter.district(here.district).neighbourhoodCodePrefix == "BU191601")
        #expect(AreaFilter.municipality(here.municipality).neighbourhoodCodePrefix == "BU1916")
    }

    @Test func proximityFollowsNeighbourhoodThenDistrictThenMunicipality() throws {
        let here = try NeighbourhoodCode("BU19160101")
        #expect(Proximity(here, here) == .sameNeighbourhood)
        #expect(Proximity(here, try NeighbourhoodCode("BU19160102")) == .sameDistrict)
        #expect(Proximity(here, try NeighbourhoodCode("BU19160301")) == .sameMunicipality)
        #expect(Proximity(here, try NeighbourhoodCode("BU03630101")) == .elsewhere)
        #expect(Proximity.sameNeighbourhood < .sameDistrict && Proximity.sameDistrict < .sameMunicipality)
    }
}
