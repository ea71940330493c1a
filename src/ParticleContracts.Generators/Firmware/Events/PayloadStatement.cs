using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Firmware.Events;

/// <summary>What a <see cref="PayloadStatement"/> does.</summary>
internal enum PayloadStatementKind
{
    /// <summary><c>snprintf(target, size, format, ...)</c>, <c>sprintf(target, format, ...)</c>, <c>target = String::format(format, ...)</c>: the arguments start at the format.</summary>
    Format,

    /// <summary>One member call of a chain on a named object: <c>target.member(arguments)</c>, or <c>target["k"] = v</c> as <c>set("k", v)</c>.</summary>
    MemberCall,

    /// <summary>A declaration of a payload-building type: <c>Type target(arguments)</c>, <c>Type target{...}</c> or <c>Type target = {...}</c>; <see cref="PayloadStatement.Member"/> is the type.</summary>
    Declaration,

    /// <summary>A statement of a function that limits how often it runs (<c>millis()</c>, <c>delay()</c>, a <c>Timer</c>, sleep).</summary>
    RateGuard,

    /// <summary>A <c>Particle.publish(</c> or <c>Spark.publish(</c> under a branch or condition: where its <see cref="PayloadStatement.Branch"/> is, nothing else.</summary>
    Publish,
}

/// <summary>
/// A statement that builds an event payload, names a <c>CloudEvent</c>, or guards a publish rate: what the events stage
/// needs beyond the publish call itself. Recorded per file at scanning time; matched to publishes when a contract is assembled.
/// </summary>
/// <param name="Kind">Format, member call, declaration or rate guard.</param>
/// <param name="Target">The object built or named (<c>buf</c>, <c>writer</c>, <c>data</c>, <c>ev</c>); empty for a rate guard.</param>
/// <param name="Member">The member called (<c>set</c>, <c>name</c>, <c>value</c>, ...), the declared type, the formatting function, or the guard word.</param>
/// <param name="Arguments">The call's top-level arguments (for a declaration: its constructor or initializer-list items).</param>
/// <param name="EnclosingFunction">The key of the function the statement is in, or null at file scope.</param>
/// <param name="EnclosingClass">The class of that function, or null.</param>
/// <param name="Location">The statement part the record was read from.</param>
/// <param name="Branch">The conditional blocks and statements around it (<c>/b3/s9</c>: inside the 3rd <c>if</c>/<c>else</c>/<c>switch</c>/loop
/// block of the file, in an unbraced <c>if</c> statement); empty when it runs whenever its function does.</param>
/// <param name="Conditions">The undecided <c>#if</c> conditions around it.</param>
internal sealed record PayloadStatement(
    PayloadStatementKind Kind,
    string Target,
    string Member,
    EquatableArray<SiteArgument> Arguments,
    string? EnclosingFunction,
    string? EnclosingClass,
    FirmwareLocation Location,
    string Branch = "",
    EquatableArray<string> Conditions = default)
{
    /// <summary>
    /// True when this statement may not run when a statement at <paramref name="branch"/> under <paramref name="conditions"/>
    /// does: its branch does not enclose that one, or it has an undecided condition the other does not.
    /// </summary>
    public bool IsConditionalRelativeTo(string branch, EquatableArray<string> conditions)
    {
        var encloses = Branch.Length == 0
            || (branch.StartsWith(Branch, System.StringComparison.Ordinal) && (branch.Length == Branch.Length || branch[Branch.Length] == '/'));
        if (!encloses)
        {
            return true;
        }

        foreach (var condition in Conditions)
        {
            if (!conditions.AsImmutableArray().Contains(condition))
            {
                return true;
            }
        }

        return false;
    }
}
