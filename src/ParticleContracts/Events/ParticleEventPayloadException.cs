namespace ParticleContracts;

/// <summary>An event's data does not match the payload shape its firmware declares.</summary>
public sealed class ParticleEventPayloadException : ParticleCloudException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="eventName">The event whose data did not match.</param>
    /// <param name="payloadType">The C# payload type it was decoded as.</param>
    /// <param name="reason">What did not match.</param>
    /// <param name="innerException">The decoder's exception, if any.</param>
    public ParticleEventPayloadException(string eventName, string payloadType, string reason, Exception? innerException = null)
        : base($"The data of event '{eventName}' does not match {payloadType}: {reason}", innerException)
    {
        EventName = eventName;
        PayloadType = payloadType;
    }

    /// <summary>The event whose data did not match.</summary>
    public string EventName { get; }

    /// <summary>The C# payload type the data was decoded as.</summary>
    public string PayloadType { get; }
}
