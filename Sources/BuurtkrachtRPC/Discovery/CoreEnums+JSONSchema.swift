public import Buurtkracht

// The core's enums: their schemas list their raw values (see the `CaseIterable & RawRepresentable`
// defaults of `JSONSchemaProviding`).

extension AccessBasis: JSONSchemaProviding {}
extension AccessDecision.DenialReason: JSONSchemaProviding {}
extension Agreement.Status: JSONSchemaProviding {}
extension Arrears.Threat: JSONSchemaProviding {}
extension AuditAction: JSONSchemaProviding {}
extension AuditEntry.Outcome: JSONSchemaProviding {}
extension Client.Status: JSONSchemaProviding {}
extension Consent.State: JSONSchemaProviding {}
extension ContactChannel: JSONSchemaProviding {}
extension ContactFrequency: JSONSchemaProviding {}
extension Gender: JSONSchemaProviding {}
extension GroupTheme: JSONSchemaProviding {}
extension GuidanceModel: JSONSchemaProviding {}
extension GuidanceStyle: JSONSchemaProviding {}
extension InformalRelation: JSONSchemaProviding {}
extension LawfulBasis: JSONSchemaProviding {}
extension LifeDomain: JSONSchemaProviding {}
extension MeetingSchedule.Frequency: JSONSchemaProviding {}
extension Partner.Kind: JSONSchemaProviding {}
extension Permission: JSONSchemaProviding {}
extension Plan.Phase: JSONSchemaProviding {}
extension PlanClosure.Reason: JSONSchemaProviding {}
extension ImportProvenance.Change: JSONSchemaProviding {}
extension PossibleDuplicate.Reason: JSONSchemaProviding {}
extension PossibleDuplicate.Status: JSONSchemaProviding {}
extension Proximity: JSONSchemaProviding {}
extension Readiness.Competence: JSONSchemaProviding {}
extension Readiness.Motivation: JSONSchemaProviding {}
extension RecordKind: JSONSchemaProviding {}
extension Referral.Status: JSONSchemaProviding {}
extension ReferralSource: JSONSchemaProviding {}
extension Role: JSONSchemaProviding {}
extension SelfSufficiency: JSONSchemaProviding {}
extension Severity: JSONSchemaProviding {}
extension Signal.Outcome: JSONSchemaProviding {}
extension Signal.Status: JSONSchemaProviding {}
extension SignalCategory: JSONSchemaProviding {}
extension SourceKind: JSONSchemaProviding {}
extension Tie.Kind: JSONSchemaProviding {}
extension VisitOutcome: JSONSchemaProviding {}
