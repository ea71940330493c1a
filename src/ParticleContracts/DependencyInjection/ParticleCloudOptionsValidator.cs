using Microsoft.Extensions.Options;

namespace ParticleContracts.DependencyInjection;

/// <summary>Validates <see cref="ParticleCloudOptions"/> at host start with the same rules as the client constructor.</summary>
internal sealed class ParticleCloudOptionsValidator : IValidateOptions<ParticleCloudOptions>
{
    public ValidateOptionsResult Validate(string? name, ParticleCloudOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
