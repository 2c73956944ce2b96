using System.Globalization;

namespace BackPlan.Web.Platform.Background;

/// <summary>
/// Names this running instance in the leases it writes (<c>LeasedBy</c>), so an admin can tell which
/// instance holds what: the machine (a container's host name), the process, and a random part for a
/// restarted process that got the same id.
/// </summary>
public static class ThisInstance
{
    public static readonly string Id = string.Create(CultureInfo.InvariantCulture,
        $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}");
}
