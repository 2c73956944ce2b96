namespace BackPlan.Web.Features.Articles;

/// <summary>
/// Checks an uploaded cover by its first bytes, not its name or the browser's content type:
/// only PNG, JPEG and WebP up to 2 MB are kept (no SVG, which can carry script).
/// </summary>
public static class CoverImage
{
    public const long MaxBytes = 2 * 1024 * 1024;

    /// <summary>The image's content type, or null when the bytes are not PNG, JPEG or WebP.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        return null;
    }
}
