namespace ParticleContracts;

/// <summary>How a function argument is sent to <c>POST /v1/devices/:device/:function</c>.</summary>
public enum ParticleFunctionBodyEncoding
{
    /// <summary>A JSON object, <c>{"arg":"..."}</c> (field name from <see cref="ParticleCloudOptions.FunctionArgumentFieldName"/>).</summary>
    Json = 0,

    /// <summary>A form-encoded body, <c>arg=...</c>.</summary>
    Form = 1,
}
