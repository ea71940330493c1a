using System.Buffers;
using System.Text.Json;

namespace ParticleContracts.Http;

/// <summary>
/// Writes a function call's JSON body, <c>{"&lt;field&gt;":"&lt;argument&gt;"}</c>, with the same escaping as the
/// serializer (the default encoder) and without a dictionary per call. The writer and its buffer are reused per thread.
/// </summary>
internal static class FunctionArgumentJson
{
    /// <summary>Buffers that grew past this (huge configured argument limits) are not kept.</summary>
    private const int MaxRetainedBytes = 16 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static byte[] Write(string field, string argument)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(256);
        var writer = t_writer;
        if (writer is null)
        {
            writer = t_writer = new Utf8JsonWriter(buffer);
        }
        else
        {
            writer.Reset(buffer);
        }

        try
        {
            writer.WriteStartObject();
            writer.WriteString(field, argument);
            writer.WriteEndObject();
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            buffer.ResetWrittenCount();
            if (buffer.Capacity > MaxRetainedBytes)
            {
                t_buffer = null;
                t_writer = null;
            }
        }
    }
}
