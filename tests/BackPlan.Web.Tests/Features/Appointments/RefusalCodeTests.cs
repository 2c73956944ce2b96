using System.Reflection;
using BackPlan.Web.Features.Appointments;

namespace BackPlan.Web.Tests.Features.Appointments;

public sealed class RefusalCodeTests
{
    [Fact]
    public void RefusalCodes_EachDefinedOnce_InBookingMessages()
    {
        // A second constant with the same text drifts apart from the first; callers compare through the one.
        var definitions = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && BookingMessages.RefusalCodes.Contains((string)f.GetRawConstantValue()!))
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}")
            .ToList();

        Assert.Equal(BookingMessages.RefusalCodes.Count, BookingMessages.RefusalCodes.Distinct().Count());
        Assert.Equal(BookingMessages.RefusalCodes.Count, definitions.Count);
        Assert.All(definitions, d => Assert.StartsWith(nameof(BookingMessages) + ".", d, StringComparison.Ordinal));
    }
}
