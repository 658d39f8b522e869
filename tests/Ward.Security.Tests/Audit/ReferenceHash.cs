using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Ward.Security.Audit;

namespace Ward.Security.Tests.Audit;

/// <summary>
/// The chain rule written out plainly from its specification, with no attention to speed:
/// SHA-256 over the big-endian 64-bit sequence and time, then each text field as a big-endian
/// 32-bit UTF-8 length and its UTF-8 bytes, in the order practice, actor type, actor, action,
/// resource type, resource, fields, purpose, outcome, source address, previous hash.
/// </summary>
internal static class ReferenceHash
{
    public static string Of(AuditEntry e)
    {
        using var stream = new MemoryStream();
        WriteNumber(stream, e.Sequence);
        WriteNumber(stream, e.OccurredAtMs);

        string[] texts =
        [
            e.PracticeId, e.ActorType, e.ActorId, e.Action, e.ResourceType, e.ResourceId,
            e.Fields, e.Purpose, e.Outcome, e.SourceAddress, e.PreviousHash,
        ];
        foreach (var text in texts)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var length = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
            stream.Write(length);
            stream.Write(bytes);
        }

        return Convert.ToHexStringLower(SHA256.HashData(stream.ToArray()));
    }

    private static void WriteNumber(Stream stream, long value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        stream.Write(bytes);
    }
}
