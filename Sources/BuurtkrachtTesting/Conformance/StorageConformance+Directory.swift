import Buurtkracht

extension StorageConformance {
    static var directoryChecks: [Check] {
        [
            Check("directory: partners, professionals and access tokens; a token hash is unique") { storage in
                let partners = [Partner(id: "partner-2", name: "Politie", kind: .police), Partner(id: "partner-1", name: "Wijkteam", kind: .neighbourhoodTeam)]
                let professionals = [
                    Professional(id: "professional-2", name: "Agent", partner: "partner-2", role: .partnerProfessional),
                    Professional(id: "professional-1", name: "Regisseur", partner: "partner-1", role: .coordinator, isActive: false),
                ]
                let token = AccessToken(id: "token-1", professional: "professional-1", hash: "h1", purpose: .guidance,
                                        issuedAt: Fixtures.at(1.5), expiresAt: Fixtures.at(86_400))
                try await storage.write { tx in
                    for partner in partners { try tx.directory.insert(partner) }
                    for professional in professionals { try tx.directory.insert(professional) }
                    try tx.directory.insert(token)
                }
                try expectIDs(try await storage.read { try $0.directory.partners() }, ["partner-1", "partner-2"], "partners by id")
                try expectEqual(try await storage.read { try $0.directory.partner("partner-2") }, partners[0], "partner")
                try expectIDs(try await storage.read { try $0.directory.professionals(of: nil) }, ["professional-1", "professional-2"], "all professionals")
                try expectIDs(try await storage.read { try $0.directory.professionals(of: "partner-2") }, ["professional-2"], "professionals of a partner")
                try expectEqual(try await storage.read { try $0.directory.professional("professional-1") }, professionals[1], "professional")
                try expectEqual(try await storage.read { try $0.directory.accessToken(hash: "h1") }, token, "token by hash")
                try expect(try await storage.read { try $0.directory.accessToken(hash: "h2") } == nil, "an unknown hash must find nothing")
                var revoked = token
                revoked.revokedAt = Fixtures.at(99.5)
                try await storage.write { [revoked] tx in
                    try expectError(.alreadyExists, "a second token with the same hash") {
                        try tx.directory.insert(AccessToken(id: "token-2", professional: "professional-2", hash: "h1", purpose: .safety, issuedAt: Fixtures.at(2)))
                    }
                    try expectError(.alreadyExists, "a taken partner id") { try tx.directory.insert(partners[0]) }
                    try expectError(.alreadyExists, "a taken professional id") { try tx.directory.insert(professionals[0]) }
                    try tx.directory.update(revoked)
                    var renamed = partners[0]
                    renamed.name = "Politie Haaglanden"
                    try tx.directory.update(renamed)
                    var moved = professionals[0]
                    moved.role = .auditor
                    try tx.directory.update(moved)
                    try expectError(.notFound, "updating a missing partner") { try tx.directory.update(Partner(id: "partner-9", name: "X", kind: .other)) }
                }
                try expectIDs(try await storage.read { try $0.directory.accessTokens(of: "professional-1") }, ["token-1"], "tokens of a professional")
                try expectEqual(try await storage.read { try $0.directory.accessToken(hash: "h1") }, revoked, "revoked token")
                try expectEqual(try await storage.read { try $0.directory.professional("professional-2")?.role }, .auditor, "updated role")
            },
            Check("consents and break-the-glass grants: read back equal and queried") { storage in
                let consents = [
                    Fixtures.consent("consent-1"),
                    Fixtures.consent("consent-2", partner: "partner-2", purpose: .safety, withdrawn: false),
                    Fixtures.consent("consent-3", client: "client-2"),
                ]
                let grants = [
                    Fixtures.grant("grant-1", grantedAt: Fixtures.at(20)),
                    Fixtures.grant("grant-2", client: "client-2", grantedAt: Fixtures.at(10), reviewed: false),
                    Fixtures.grant("grant-3", professional: "professional-4", grantedAt: Fixtures.at(30), reviewed: false),
                ]
                try await storage.write { tx in
                    for consent in consents.reversed() { try tx.consents.insert(consent) }
                    for grant in grants { try tx.consents.insert(grant) }
                }
                for consent in consents { try expectEqual(try await storage.read { try $0.consents.consent(consent.id) }, consent, "consent") }
                for grant in grants { try expectEqual(try await storage.read { try $0.consents.grant(grant.id) }, grant, "grant") }
                func consentIDs(_ query: ConsentQuery) async throws -> [Consent] { try await storage.read { try $0.consents.consents(matching: query) } }
                try expectIDs(try await consentIDs(ConsentQuery(client: "client-1")), ["consent-1", "consent-2"], "consents by client")
                try expectIDs(try await consentIDs(ConsentQuery(partner: "partner-4")), ["consent-1", "consent-3"], "consents by partner")
                try expectIDs(try await consentIDs(ConsentQuery(client: "client-1", purpose: .safety)), ["consent-2"], "consents by client and purpose")
                func grantIDs(_ query: BreakGlassQuery) async throws -> [BreakGlassGrant] { try await storage.read { try $0.consents.grants(matching: query) } }
                try expectIDs(try await grantIDs(BreakGlassQuery()), ["grant-2", "grant-1", "grant-3"], "grants by grant time")
                try expectIDs(try await grantIDs(BreakGlassQuery(unreviewedOnly: true)), ["grant-2", "grant-3"], "unreviewed grants")
                try expectIDs(try await grantIDs(BreakGlassQuery(client: "client-1", professional: "professional-3")), ["grant-1"], "by client and professional")
                try expectIDs(try await grantIDs(BreakGlassQuery(grantedFrom: Fixtures.at(20))), ["grant-1", "grant-3"], "granted from")
                var withdrawn = consents[1]
                withdrawn.withdrawnAt = Fixtures.at(77.25)
                var reviewed = grants[1]
                reviewed.review = BreakGlassGrant.Review(by: "professional-7", at: Fixtures.at(80), justified: true)
                try await storage.write { [withdrawn, reviewed] tx in
                    try tx.consents.update(withdrawn)
                    try tx.consents.update(reviewed)
                    try expectError(.alreadyExists, "a taken consent id") { try tx.consents.insert(withdrawn) }
                    try expectError(.alreadyExists, "a taken grant id") { try tx.consents.insert(reviewed) }
                    try tx.consents.delete(Consent.ID("consent-3"))
                    try tx.consents.delete(BreakGlassGrant.ID("grant-3"))
                    try expectError(.notFound, "deleting a consent twice") { try tx.consents.delete(Consent.ID("consent-3")) }
                    try expectError(.notFound, "deleting a grant twice") { try tx.consents.delete(BreakGlassGrant.ID("grant-3")) }
                }
                try expectEqual(try await storage.read { try $0.consents.consent("consent-2") }, withdrawn, "withdrawn consent")
                try expectEqual(try await storage.read { try $0.consents.grant("grant-2") }, reviewed, "reviewed grant")
            },
        ]
    }
}
