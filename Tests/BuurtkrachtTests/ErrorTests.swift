import Buurtkracht
import Testing

@Suite("Errors")
struct ErrorTests {
    @Test func descriptionShowsCodeMessageAndSortedContext() {
        let error = BuurtkrachtError(code: .notFound, message: "No plan with id plan-1 exists.", context: ["record": "plan", "id": "plan-1"])
        #expect(error.description == "[notFound] No plan with id plan-1 exists. (id: plan-1, record: plan)")
    }

    @Test func descriptionWithoutContextIsCodeAndMessage() {
        #expect(BuurtkrachtError(code: .conflict, message: "Taken.").description == "[conflict] Taken.")
    }

    @Test func addingContextKeepsTheRestAndOverridesEqualKeys() {
        let error = BuurtkrachtError(code: .invalidValue, message: "Bad.", context: ["field": "capacity", "row": "3"])
            .adding(["row": "4", "file": "clients.csv"])
        #expect(error.context == ["field": "capacity", "row": "4", "file": "clients.csv"])
        #expect(error.code == .invalidValue)
    }

    @Test func codeMatchesInACatchClause() {
        func fail() throws { throw BuurtkrachtError.notFound(.client, id: "client-1") }
        var caught = false
        do {
            try fail()
        } catch BuurtkrachtError.Code.alreadyExists {
            Issue.record("Matched the wrong code")
        } catch BuurtkrachtError.Code.notFound {
            caught = true
        } catch {
            Issue.record("Did not match the code")
        }
        #expect(caught)
    }

    @Test func codeDoesNotMatchOtherErrors() {
        struct Other: Error {}
        #expect(!(BuurtkrachtError.Code.notFound ~= Other()))
        #expect(BuurtkrachtError.Code.notFound ~= BuurtkrachtError.notFound(.plan, id: "plan-1"))
    }

    @Test func recordErrorsNameKindAndIdButNoValue() {
        let notFound = BuurtkrachtError.notFound(.group, id: "group-7")
        #expect(notFound.code == .notFound)
        #expect(notFound.context == ["record": "group", "id": "group-7"])
        #expect(notFound.message.contains("self-help group"))
        let exists = BuurtkrachtError.alreadyExists(.auditEntry, id: "auditEntry-3")
        #expect(exists.code == .alreadyExists)
        #expect(exists.message.contains("audit entry"))
        let missing = BuurtkrachtError.missingField("name.familyName", in: .client)
        #expect(missing.code == .missingField)
        #expect(missing.context == ["record": "client", "field": "name.familyName"])
        let invalid = BuurtkrachtError.invalidValue("capacity", in: .volunteer, rule: "a capacity is zero or more clients.")
        #expect(invalid.code == .invalidValue)
        #expect(invalid.message.hasSuffix("a capacity is zero or more clients."))
        #expect(BuurtkrachtError.readOnlyTransaction.code == .readOnlyTransaction)
    }

    @Test func codesKeepTheirStableText() {
        let codes: [BuurtkrachtError.Code] = [
            .invalidBSN, .invalidPostcode, .invalidAreaCode, .invalidDate, .invalidScore, .missingField, .invalidValue,
            .illegalTransition, .goalsBelowTarget, .startQualificationNotMet, .conflict, .accessDenied, .consentRequired,
            .notFound, .alreadyExists, .readOnlyTransaction, .storageUnavailable, .storageCorrupt, .schemaTooNew,
            .storageReadOnly, .storageLocked, .storageFailure, .keyMissing, .keyMismatch,
        ]
        #expect(codes.map(\.rawValue) == [
            "invalidBSN", "invalidPostcode", "invalidAreaCode", "invalidDate", "invalidScore", "missingField", "invalidValue",
            "illegalTransition", "goalsBelowTarget", "startQualificationNotMet", "conflict", "accessDenied", "consentRequired",
            "notFound", "alreadyExists", "readOnlyTransaction", "storageUnavailable", "storageCorrupt", "schemaTooNew",
            "storageReadOnly", "storageLocked", "storageFailure", "keyMissing", "keyMismatch",
        ])
        #expect(BuurtkrachtError.Code(rawValue: "accessDenied") == .accessDenied)
        #expect(BuurtkrachtError.Code.accessDenied.description == "accessDenied")
    }

    @Test func recordKindsHaveReadableNames() {
        #expect(RecordKind.breakGlassGrant.displayName == "break-the-glass grant")
        #expect(RecordKind.client.displayName == "client")
        #expect(RecordReference(kind: .plan, id: "plan-1").description == "plan/plan-1")
    }
}
