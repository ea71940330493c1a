namespace ParticleContracts;

/// <summary>Too many requests (429). Back off for <see cref="RetryAfter"/> when the cloud says.</summary>
public sealed class ParticleRateLimitedException : ParticleCloudException
{
    /// <summary>Creates the exception.</summary>
    public ParticleRateLimitedException(string message, ParticleCloudErrorDetails details, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>The delay from the <c>Retry-After</c> header, when present.</summary>
    public TimeSpan? RetryAfter { get; }
}
