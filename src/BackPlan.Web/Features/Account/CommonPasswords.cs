using System.Collections.Frozen;

namespace BackPlan.Web.Features.Account;

/// <summary>
/// The passwords attackers try first. NIST SP 800-63B §5.1.1.2 asks that a new password be checked
/// against a list of commonly used or compromised values; the list is the 30,000 most common passwords
/// bundled in the zxcvbn-core package. A password is common when it is on the list, or when what is
/// left after taking digits and symbols off both ends is (password123, P@ssw0rd!!, Qwerty2024),
/// also with the usual digit-for-letter swaps undone (docs/decisions/0029-security-headers-and-hardening.md).
/// </summary>
public static class CommonPasswords
{
    private const string Resource = "zxcvbn-core.Dictionaries.passwords.lst";
    private const int ShortestBase = 4; // a shorter core ("ab" in ab12345678) is not a word anyone guesses from a list

    // Read once, on the first password set after start-up (about 1.5 MB); never on a read path.
    private static readonly Lazy<FrozenSet<string>> List = new(Load);

    public static bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        if (List.Value.Contains(lower))
        {
            return true;
        }

        var core = lower.AsSpan().Trim(Decorations).ToString();
        return core.Length >= ShortestBase && (List.Value.Contains(core) || List.Value.Contains(Unleet(core)));
    }

    private static readonly char[] Decorations = [.. "0123456789!@#$%^&*()-_=+[]{};:'\",.<>/?\\|`~ "];

    private static string Unleet(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                '0' => 'o',
                '1' or '!' => 'i',
                '3' => 'e',
                '4' or '@' => 'a',
                '5' or '$' => 's',
                '7' => 't',
                var c => c,
            };
        }
    });

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(Zxcvbn.Zxcvbn).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The common password list {Resource} is missing from zxcvbn-core.");
        using var reader = new StreamReader(stream);
        var words = new List<string>(30_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } word)
            {
                words.Add(word);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
