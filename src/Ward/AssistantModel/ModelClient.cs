using System.ClientModel;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;

namespace Ward.AssistantModel;

/// <summary>The configured model endpoint as an <see cref="IChatClient"/>, built once; null
/// without an endpoint.</summary>
internal sealed class ModelClient(ModelOptions options) : IDisposable
{
    private readonly Lazy<IChatClient?> _client = new(() => Build(options));

    public IChatClient? Client => _client.Value;

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value?.Dispose();
        }
    }

    private static IChatClient? Build(ModelOptions options)
    {
        if (!options.Enabled)
        {
            return null;
        }

        // The SDK insists on a credential; a self-hosted server without keys ignores this one.
        var key = string.IsNullOrEmpty(options.ApiKey) ? "no-key" : options.ApiKey;
        var chat = new ChatClient(options.Model, new ApiKeyCredential(key),
            new OpenAIClientOptions
            {
                Endpoint = options.Endpoint, NetworkTimeout = options.Budget,
            });
        return chat.AsIChatClient();
    }
}
