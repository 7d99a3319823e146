import Buurtkracht

extension RowValidator.Context {
    mutating func client() -> ClientValues? {
        let fields = validator.clientFields
        let familyName = text(fields["familyName"])
        if familyName == nil {
            fail(.missingFamilyName, "The family name is empty; a client needs at least a family name.", column: fields["familyName"]?.column)
        }
        let birthDate = date(fields["birthDate"])
        let gender = code(fields["gender"]).flatMap(Gender.init(rawValue:))
        let bsn = bsn(fields["bsn"])
        let postcode = postcode(fields["postcode"])
        let neighbourhood = neighbourhood(fields["neighbourhood"])
        let referral = code(fields["referralSource"]).flatMap(ReferralSource.init(rawValue:))
        let problemAreas = list(fields["problemAreas"]).map { Set($0.compactMap(LifeDomain.init(rawValue:))) }
        let forensic = boolean(fields["hasForensicTitle"])
        let registeredAt = date(fields["registeredAt"])
        let status = code(fields["status"]).flatMap(Client.Status.init(rawValue:))
        var address: Address?
        if validator.mappedClientFields.contains(.address) {
            let street = text(fields["street"])
            var number = text(fields["houseNumber"])
            if let addition = text(fields["houseNumberAddition"]) {
                number = (number ?? "") + "-" + addition
            }
            let city = text(fields["city"])
            if street != nil || number != nil || postcode != nil || city != nil || neighbourhood != nil {
                address = Address(street: street ?? "", houseNumber: number ?? "", postcode: postcode, city: city ?? "", neighbourhood: neighbourhood)
            }
        }
        guard let familyName else { return nil }
        return ClientValues(
            familyName: familyName, givenNames: text(fields["givenNames"]), prefix: text(fields["prefix"]), birthDate: birthDate,
            gender: gender, bsn: bsn, address: address, referralSource: referral, problemAreas: problemAreas,
            hasForensicTitle: forensic, registeredAt: registeredAt, status: status)
    }

    mutating func signal(legacyID: String) -> SignalValues? {
        let fields = validator.signalFields
        let id = text(fields["id"]) ?? legacyID
        let category = required(code(fields["category"]).flatMap(SignalCategory.init(rawValue:)), fields["category"], "a signal")
        let source = required(code(fields["source"]).flatMap(SourceKind.init(rawValue:)), fields["source"], "a signal")
        let severityText = code(fields["severity"])
        let observed = date(fields["observedAt"])
        let reported = date(fields["reportedAt"])
        if observed == nil && reported == nil {
            _ = required(nil as CalendarDate?, fields["reportedAt"] ?? fields["observedAt"], "a signal")
            if fields["reportedAt"] == nil && fields["observedAt"] == nil {
                fail(.missingValue, "A signal needs a date: map signal.reportedAt or signal.observedAt.", column: nil)
            }
        }
        let neighbourhood = neighbourhood(fields["neighbourhood"])
        guard let category, let source, observed != nil || reported != nil else { return nil }
        let severity: Severity =
            switch severityText {
            case "low": .low
            case "high": .high
            case "acute": .acute
            default: .moderate
            }
        return SignalValues(
            legacyID: id, clientReference: reference(fields["client"]), category: category, source: source,
            organisation: text(fields["organisation"]), severity: severity, observedAt: observed ?? reported,
            reportedAt: reported ?? observed, summary: text(fields["summary"]), neighbourhood: neighbourhood)
    }

    mutating func plan(legacyID: String) -> PlanValues? {
        let fields = validator.planFields
        let coordinator = required(code(fields["coordinator"]), fields["coordinator"], "a plan")
        let startedAt = required(date(fields["startedAt"]), fields["startedAt"], "a plan")
        let neighbourhood = neighbourhood(fields["neighbourhood"])
        guard let coordinator, let startedAt else { return nil }
        return PlanValues(
            legacyID: text(fields["id"]) ?? legacyID, clientReference: reference(fields["client"]),
            coordinator: Professional.ID(coordinator), startedAt: startedAt, neighbourhood: neighbourhood)
    }

    mutating func membership() -> MembershipValues? {
        let fields = validator.membershipFields
        let group = required(code(fields["group"]), fields["group"], "a group membership")
        let since = date(fields["since"])
        guard let group else { return nil }
        return MembershipValues(clientReference: reference(fields["client"]), group: SelfHelpGroup.ID(group), since: since)
    }
}
