using System.Globalization;

namespace Ward.Compliance.AuditPack;

/// <summary>The text of README.txt: what the pack is, how to verify it, which key signed
/// it, and the rules for checking it without Ward.</summary>
internal static class AuditPackReadme
{
    private const string Verifying = """
        To verify, on any machine, offline, with no database and no key:

          ward audit verify --pack <this folder>

        The command checks the signature, every file's SHA-256 and size, that no file was
        added or removed, that the events form an unbroken hash chain from the anchor, that
        they lie in the range and belong to the practice, and that the FHIR file matches.

        A valid signature proves only that the key with the id above made this pack. The
        one value to compare by hand is that key id: it must equal the key id the practice
        publishes. Everything else is checked by the command.

        Checking without Ward:
        - manifest.json is {"body":BODY,"signature":SIG}. SIG is Base64 of an ECDSA
          P-256 / SHA-256 signature in IEEE P1363 form (r then s, 32 bytes each) over the
          exact UTF-8 bytes of BODY as they stand in the file. The public key is BODY's
          signingKey.publicKey (SubjectPublicKeyInfo, Base64); the key id is the first 16
          hex characters of the SHA-256 of those SubjectPublicKeyInfo bytes.
        - Each event's hash is the SHA-256 of: sequence and occurredAtMs as 8-byte
          big-endian integers, then practiceId, actorType, actorId, action, resourceType,
          resourceId, fields, purpose, outcome, sourceAddress and previousHash, each as a
          4-byte big-endian length followed by its UTF-8 bytes. The first event's
          previousHash is the manifest's anchor hash; each next one is the hash before it.

        """;

    public static string For(AuditPackContents contents, string keyId) =>
        Header(contents, keyId) + Verifying;

    private static string Header(AuditPackContents contents, string keyId)
    {
        var from = contents.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = contents.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var created = contents.CreatedAt.ToUniversalTime()
            .ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

        return $"""
            Ward audit pack ({AuditPackFiles.Format})

            Practice:        {contents.PracticeName} ({contents.PracticeId})
            Range:           {from} to {to} (UTC, both days included)
            Created:         {created}
            Signing key id:  {keyId}

            This folder is the audit trail of one practice for the range above, as Ward
            recorded it: every read and write of health information, who made it, which record
            and fields, why, and how it ended. It holds identifiers only, no message text.

              {AuditPackFiles.Manifest,-26}files, hashes, chain anchor and head, key, signature
              {AuditPackFiles.Events,-26}the events, one JSON object per line, hash-chained
              {AuditPackFiles.FhirEvents,-26}the same events as FHIR R4 AuditEvent resources
              {AuditPackFiles.Readme,-26}this text
            Any other file is a document the practice added; the manifest lists it with its hash.


            """;
    }
}
