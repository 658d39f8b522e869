using Microsoft.Extensions.Options;

namespace Ward.AssistantModel;

/// <summary>Names the bad model setting at start-up (the key, never its value).</summary>
internal sealed class ModelOptionsValidator : IValidateOptions<ModelOptions>
{
    public ValidateOptionsResult Validate(string? name, ModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Problem() is { } problem
            ? ValidateOptionsResult.Fail(problem)
            : ValidateOptionsResult.Success;
    }
}
