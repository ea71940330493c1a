using System.Collections.Generic;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Handlers;

/// <summary>
/// Subscription handlers: the event data as a <c>Variant</c> (<c>data.get("k").toInt()</c>, <c>data["k"]</c>), a
/// <c>CloudEvent</c>'s <c>data()</c>/<c>dataString()</c>, and text wrapped in a <c>String</c> (<c>String(data).toInt()</c>,
/// <c>String s(data)</c>).
/// </summary>
internal sealed partial class HandlerBodyReader
{
    /// <summary>
    /// A <c>CloudEvent</c> handler's body with <c>event.data()</c> and <c>event.dataString()</c> read as <c>event</c>
    /// (the data), and the event's other members (<c>event.name()</c>) left out, so the rest of the reader follows the data.
    /// </summary>
    internal static TokenRange CloudEventData(TokenRange body, string parameter)
    {
        // The tokens before the body stay, so the reader's look-behind (i - 1, i - 2) finds what it finds in other bodies.
        var tokens = new List<FirmwareToken>(body.End);
        for (var i = 0; i < body.Start; i++)
        {
            tokens.Add(body[i]);
        }

        for (var i = body.Start; i < body.End; i++)
        {
            var isEvent = body.Word(i, parameter) && !(i > body.Start && (body.Punct(i - 1, ".") || body.Punct(i - 1, "->")));
            if (!isEvent || !body.Punct(i + 1, ".") || !body.IsKind(i + 2, FirmwareTokenKind.Identifier))
            {
                tokens.Add(body[i]);
                continue;
            }

            var member = body.Get(i + 2);
            if ((member == "data" || member == "dataString") && body.Punct(i + 3, "(") && body.Punct(i + 4, ")"))
            {
                tokens.Add(body[i]);
                i += 4;
            }
            else
            {
                // event.name(): not the data; keep the call's own tokens, without the event.
                i += 1;
            }
        }

        return new TokenRange(body.Text, tokens, body.Start, tokens.Count);
    }

    /// <summary><c>data.get("k")</c>, <c>data.at("k")</c> or <c>data["k"]</c> on a <c>Variant</c> of event data: a JSON key read.</summary>
    private bool VariantKeyRead(int i)
    {
        var b = _body;
        var keyed = (b.Punct(i + 1, ".") && (b.Word(i + 2, "get") || b.Word(i + 2, "at")) && b.Punct(i + 3, "(") && StringAt(i + 4) is not null && b.Punct(i + 5, ")"))
            || (b.Punct(i + 1, "[") && StringAt(i + 2) is not null && b.Punct(i + 3, "]"));
        if (!keyed)
        {
            return false;
        }

        _evidence.Json = true;
        JsonRead(i);
        return true;
    }

    /// <summary>
    /// <c>String(data).toInt()</c> (the text read through a <c>String</c>) and <c>String s(data)</c> (another name for
    /// it), at the argument token <paramref name="i"/> inside <paramref name="function"/>'s parentheses.
    /// </summary>
    private bool TextConversion(int i, int end, string function, int line)
    {
        var b = _body;
        if (!b.Punct(end, ")"))
        {
            return false;
        }

        if (function == "String" && b.Punct(end + 1, ".") && b.IsKind(end + 2, FirmwareTokenKind.Identifier) && b.Punct(end + 3, "("))
        {
            // MethodCall reads the method two tokens after its receiver: here the ')' stands for the String.
            MethodCall(end, b.Get(end + 2), line);
            return true;
        }

        if (i - 3 >= b.Start && b.Word(i - 3, "String") && b.Punct(end + 1, ";"))
        {
            AddAlias(function);
            return true;
        }

        return false;
    }
}
