namespace ParticleContracts;

/// <summary>Login needs a one-time code (<c>mfa_required</c>). Complete it with <see cref="ParticleCloudClient.CompleteMfaLoginAsync"/> and <see cref="MfaToken"/>.</summary>
public sealed class ParticleMfaRequiredException : ParticleCloudException
{
    /// <summary>Creates the exception.</summary>
    public ParticleMfaRequiredException(string message, ParticleCloudErrorDetails details, string mfaToken = "", Exception? innerException = null)
        : base(message, details, innerException)
    {
        MfaToken = mfaToken;
    }

    /// <summary>The MFA token to send back with the one-time code (a short-lived secret; not part of the message).</summary>
    public string MfaToken { get; }
}
