using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace ParticleContracts.Simulator;

/// <summary>
/// The standalone command's options for load tests: the rate limit (<c>--rate-limit</c>, <c>--rate-window</c>,
/// <c>--no-rate-limit</c>) and the per-device function-call history (<c>--call-history</c>).
/// </summary>
internal sealed class LoadOptions
{
    private readonly ParticleSimulatorOptions _defaults = new();

    public LoadOptions()
    {
        RateLimit = new Option<int?>("--rate-limit")
        {
            Description = $"Requests allowed per window and client IP address (default {_defaults.RateLimitPermits.ToString(CultureInfo.InvariantCulture)}, the cloud's).",
        };
        RateLimit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is <= 0)
            {
                result.AddError("--rate-limit must be a positive number of requests.");
            }
        });
        RateWindow = new Option<TimeSpan?>("--rate-window")
        {
            Description = "The rate-limit window: seconds, or a number with ms, s, m or h (default 5m, the cloud's).",
            CustomParser = result => ParseDuration(result, "--rate-window"),
        };
        NoRateLimit = new Option<bool>("--no-rate-limit")
        {
            Description = "Serve every request without a rate limit (load tests).",
        };
        CallHistory = new Option<int?>("--call-history")
        {
            Description = $"Function calls kept per device for inspection (default {_defaults.FunctionCallHistoryLimit.ToString(CultureInfo.InvariantCulture)}; 0 keeps none).",
        };
        CallHistory.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0)
            {
                result.AddError("--call-history must not be negative.");
            }
        });
    }

    public Option<int?> RateLimit { get; }

    public Option<TimeSpan?> RateWindow { get; }

    public Option<bool> NoRateLimit { get; }

    public Option<int?> CallHistory { get; }

    public IEnumerable<Option> All => [RateLimit, RateWindow, NoRateLimit, CallHistory];

    /// <summary>Copies the given values onto <paramref name="options"/>; absent ones keep their defaults.</summary>
    public void ApplyTo(ParseResult result, ParticleSimulatorOptions options)
    {
        options.RateLimitPermits = result.GetValue(RateLimit) ?? options.RateLimitPermits;
        options.RateLimitWindow = result.GetValue(RateWindow) ?? options.RateLimitWindow;
        options.RateLimitEnabled = !result.GetValue(NoRateLimit);
        options.FunctionCallHistoryLimit = result.GetValue(CallHistory) ?? options.FunctionCallHistoryLimit;
    }

    /// <summary>A line for the start-up banner.</summary>
    public static string Describe(ParticleSimulatorOptions options) => options.RateLimitEnabled
        ? string.Create(CultureInfo.InvariantCulture, $"Rate limit: {options.RateLimitPermits} requests per {options.RateLimitWindow.TotalSeconds:0.###} s per client address")
        : "Rate limit: off";

    /// <summary>Seconds, or a number with <c>ms</c>, <c>s</c>, <c>m</c> or <c>h</c>: positive and at most a day; otherwise an error naming <paramref name="option"/>.</summary>
    internal static TimeSpan? ParseDuration(ArgumentResult result, string option)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim() : string.Empty;
        var (number, unit) = text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (text[..^2], 0.001)
            : text.EndsWith('s') || text.EndsWith('S') ? (text[..^1], 1.0)
            : text.EndsWith('m') || text.EndsWith('M') ? (text[..^1], 60.0)
            : text.EndsWith('h') || text.EndsWith('H') ? (text[..^1], 3600.0)
            : (text, 1.0);
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value * unit <= TimeSpan.FromDays(1).TotalSeconds)
        {
            return TimeSpan.FromSeconds(value * unit);
        }

        result.AddError($"{option} must be a positive duration of at most a day, such as 60, 60s, 500ms or 5m (got '{text}').");
        return null;
    }
}
