using Microsoft.Extensions.AI;

namespace Ward.Assistant.Tests.Support;

/// <summary>A stand-in for a language model endpoint (the network edge): answers with a
/// script and remembers every message it was shown.</summary>
internal sealed class ScriptedChatClient(
    Func<IReadOnlyList<ChatMessage>, CancellationToken, Task<string>> script) : IChatClient
{
    public List<ChatMessage> Seen { get; } = [];

    public static ScriptedChatClient Answering(string text) => new((_, _) => Task.FromResult(text));

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages,
        ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        Seen.AddRange(list);
        var text = await script(list, cancellationToken);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, text));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Ward asks for whole answers only.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
