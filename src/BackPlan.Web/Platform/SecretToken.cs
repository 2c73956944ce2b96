using System.Security.Cryptography;
using System.Text;

namespace BackPlan.Web.Platform;

/// <summary>
/// Long random secrets for links that work without sign-in (post-session checks, calendar feeds).
/// Only the SHA-256 hash is stored, so a copy of the database does not open the links.
/// </summary>
public static class SecretToken
{
    public static string New() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
