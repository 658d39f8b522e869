namespace Ward.AssistantModel;

/// <summary>
/// The optional language model that rephrases the assistant's retrieval answers. Bound from
/// <c>Ward:Assistant:Model</c>. Without an <see cref="Endpoint"/> no model is used and every
/// answer comes from retrieval alone.
/// </summary>
public sealed class ModelOptions
{
    /// <summary>The vendor id that marks an endpoint the practice runs itself: no agreement is
    /// needed, since no PHI leaves the practice's own infrastructure.</summary>
    public const string SelfHosted = "self-hosted";

    /// <summary>Base URL of an OpenAI-compatible API (requests go to
    /// <c>{Endpoint}/chat/completions</c>). Default: none, no model.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The model name the endpoint serves. Required with an endpoint.</summary>
    public string? Model { get; set; }

    /// <summary>The API key. A secret: set it in the environment
    /// (<c>Ward__Assistant__Model__ApiKey</c>), never in a committed file; it is never
    /// logged. Default: none (some self-hosted servers need no key).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The vendor whose BAA/DPA (service <c>ai</c>) must be on file for a practice
    /// before the model is used for it, e.g. <c>openai</c>; or <c>self-hosted</c>. Required
    /// with an endpoint.</summary>
    public string? Vendor { get; set; }

    /// <summary>How long the model may take before the retrieval answer goes, in seconds.
    /// Default: 8, which keeps the whole path from webhook to the patient's reply within 10
    /// seconds (dispatch and sending take the rest); at most 9.</summary>
    public double BudgetSeconds { get; set; } = 8;

    /// <summary>True when a model is configured.</summary>
    public bool Enabled => Endpoint is not null;

    /// <summary>The budget as a span.</summary>
    public TimeSpan Budget => TimeSpan.FromSeconds(BudgetSeconds);

    /// <summary>The first problem with the settings (naming the key, never a value), or
    /// null.</summary>
    public string? Problem()
    {
        if (BudgetSeconds is <= 0 or > 9)
        {
            return "Ward:Assistant:Model:BudgetSeconds must be above 0 and at most 9";
        }

        if (Endpoint is null)
        {
            return null;
        }

        if (!Endpoint.IsAbsoluteUri || Endpoint.Scheme is not ("http" or "https"))
        {
            return "Ward:Assistant:Model:Endpoint must be an absolute http or https URL";
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            return "Ward:Assistant:Model:Model is required with an endpoint";
        }

        return string.IsNullOrWhiteSpace(Vendor)
            ? "Ward:Assistant:Model:Vendor is required with an endpoint (a vendor id whose "
                + "agreement is on file, or self-hosted)"
            : null;
    }
}
