using System.Security.Cryptography;
using System.Text;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// Pseudonyms and date shifts for de-identified exports, from HMAC-SHA256 under the clinic's
/// secret. A patient's dates all move by the same number of days, so intervals within the
/// patient survive (days to follow-up, the order of episodes) while calendar dates do not.
/// </summary>
public static class Deidentification
{
    /// <summary>Dates move by −182 to +182 days: enough to hide the day, close enough to keep the season roughly.</summary>
    public const int MaxShiftDays = 182;

    /// <summary>A stable 16-hex-digit code for an id of one kind (patient, episode, practitioner).</summary>
    public static string Pseudonym(byte[] secret, string kind, Guid id) =>
        Convert.ToHexStringLower(Hash(secret, $"{kind}:{id:N}"))[..16];

    public static int DayShift(byte[] secret, Guid patientId)
    {
        var hash = Hash(secret, $"shift:{patientId:N}");
        var value = BitConverter.ToUInt32(hash, 0);
        return (int)(value % ((2 * MaxShiftDays) + 1)) - MaxShiftDays;
    }

    /// <summary>Age in ten-year bands (18–29 is "18-29"; 90 and over "90+"), never the birth date.</summary>
    public static string AgeBand(int age) => age switch
    {
        < 18 => "under-18",
        < 30 => "18-29",
        >= 90 => "90+",
        _ => $"{age / 10 * 10}-{(age / 10 * 10) + 9}",
    };

    private static byte[] Hash(byte[] secret, string text) => HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(text));
}
