using System.Text;
using System.Text.Json.Nodes;
using Ward.Channels.Tests.Support;
using Ward.Channels.WhatsApp;

namespace Ward.Channels.Tests.WhatsApp;

/// <summary>
/// Whatever arrives at the webhook, the parser either returns or throws
/// <see cref="WebhookFormatException"/>; any other exception would surface as a 500.
/// </summary>
public sealed class WhatsAppWebhookParserRobustnessTests
{
    private static readonly string[] Replacements = ["1", "[]", "{}", "null", "[1]", "\"\""];

    [FixtureTheory]
    [InlineData("whatsapp-inbound-text.json")]
    [InlineData("whatsapp-inbound-image.json")]
    [InlineData("whatsapp-button-reply.json")]
    [InlineData("whatsapp-status-failed.json")]
    public void Parse_EveryTruncation_OnlyFormatErrors(string fixture)
    {
        var body = FixtureFiles.ReadBytes(fixture);

        var unexpected = Enumerable.Range(0, body.Length)
            .Select(length => Outcome(body.AsSpan(0, length).ToArray()))
            .Where(outcome => outcome is not null)
            .ToList();

        Assert.Empty(unexpected);
    }

    [FixtureTheory]
    [InlineData("whatsapp-inbound-text.json")]
    [InlineData("whatsapp-inbound-image.json")]
    [InlineData("whatsapp-button-reply.json")]
    [InlineData("whatsapp-status-failed.json")]
    public void Parse_EveryNodeRetyped_OnlyFormatErrors(string fixture)
    {
        var root = JsonNode.Parse(FixtureFiles.ReadText(fixture))!;

        var unexpected = Paths(root, [])
            .SelectMany(path => Replacements.Select(r => Retype(root, path, r)))
            .Select(variant => Outcome(Encoding.UTF8.GetBytes(variant)))
            .Where(outcome => outcome is not null)
            .ToList();

        Assert.Empty(unexpected);
    }

    /// <summary>The path (member names and indices) of every node below the root.</summary>
    private static IEnumerable<object[]> Paths(JsonNode node, object[] prefix)
    {
        var children = node switch
        {
            JsonObject o => o.Select(p => ((object)p.Key, p.Value)),
            JsonArray a => a.Select((v, i) => ((object)i, v)),
            _ => [],
        };
        foreach (var (step, child) in children)
        {
            object[] path = [.. prefix, step];
            yield return path;
            if (child is not null)
            {
                foreach (var deeper in Paths(child, path))
                {
                    yield return deeper;
                }
            }
        }
    }

    private static string Retype(JsonNode root, object[] path, string replacement)
    {
        var copy = root.DeepClone();
        var parent = path[..^1].Aggregate(copy, (node, step) => Child(node, step));
        var value = JsonNode.Parse(replacement);
        if (path[^1] is int index)
        {
            parent.AsArray()[index] = value;
        }
        else
        {
            parent.AsObject()[(string)path[^1]] = value;
        }

        return copy.ToJsonString();
    }

    private static JsonNode Child(JsonNode node, object step) =>
        (step is int index ? node.AsArray()[index] : node.AsObject()[(string)step])!;

    /// <summary>Null when the parser returned or threw a format error, else that error.</summary>
    private static string? Outcome(byte[] body)
    {
        try
        {
            WhatsAppWebhookParser.Parse(body);
            return null;
        }
        catch (WebhookFormatException)
        {
            return null;
        }
#pragma warning disable CA1031 // The test exists to catch every other exception type.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return ex.GetType().Name + ": " + ex.Message;
        }
    }
}
