using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Events;

/// <summary>
/// A value that is null on one side of a conditional operator (<c>hasGps ? Variant(lat) : Variant()</c>,
/// <c>ok ? name : nullptr</c>): the payload field is present but may be null.
/// </summary>
internal static class NullableTernary
{
    /// <summary>True when <paramref name="value"/> is <c>c ? x : null</c> or <c>c ? null : x</c>; it becomes <c>x</c>. Linear in the value.</summary>
    public static bool TryUnwrap(ref TokenRange value)
    {
        var depth = 0;
        var question = -1;
        var nested = 0;
        for (var i = value.Start; i < value.End; i++)
        {
            depth += TokenText.BracketDelta(value.Text, value[i]);
            if (depth != 0)
            {
                continue;
            }

            if (value.Punct(i, "?"))
            {
                if (question < 0)
                {
                    question = i;
                }
                else
                {
                    nested++;
                }
            }
            else if (value.Punct(i, ":") && question >= 0)
            {
                if (nested > 0)
                {
                    nested--;
                    continue;
                }

                var whenTrue = value.Sub(question + 1, i);
                var whenFalse = value.Sub(i + 1, value.End);
                if (IsNull(whenFalse) && !whenTrue.IsEmpty)
                {
                    value = whenTrue;
                    return true;
                }

                if (IsNull(whenTrue) && !whenFalse.IsEmpty)
                {
                    value = whenFalse;
                    return true;
                }

                return false;
            }
        }

        return false;
    }

    /// <summary><c>Variant()</c>, <c>Variant{}</c>, <c>nullptr</c>, <c>NULL</c>, <c>{}</c>.</summary>
    private static bool IsNull(TokenRange tokens)
    {
        if (tokens.Length == 1)
        {
            return tokens.Word(tokens.Start, "nullptr") || tokens.Word(tokens.Start, "NULL");
        }

        if (tokens.Length == 2)
        {
            return tokens.Punct(tokens.Start, "{") && tokens.Punct(tokens.Start + 1, "}");
        }

        return tokens.Length == 3 && tokens.Word(tokens.Start, "Variant")
            && ((tokens.Punct(tokens.Start + 1, "(") && tokens.Punct(tokens.Start + 2, ")")) || (tokens.Punct(tokens.Start + 1, "{") && tokens.Punct(tokens.Start + 2, "}")));
    }
}
