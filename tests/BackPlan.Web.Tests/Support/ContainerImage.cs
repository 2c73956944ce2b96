using System.Formats.Tar;
using System.IO.Compression;
using System.Reflection;
using System.Text.Json;

namespace BackPlan.Web.Tests.Support;

/// <summary>
/// The app's container image, made as the README says (<c>dotnet publish src/BackPlan.Web
/// /t:PublishContainer</c>) but into a tarball, so that no container engine is needed, on the local
/// registry's stand-in base; then read back: the image's settings and the files of its layers.
/// </summary>
public sealed class ContainerImage : IAsyncLifetime
{
    private string? _work;

    /// <summary>The image's run settings: the "config" object of its OCI config (User, Env, Entrypoint...).</summary>
    public JsonElement Settings { get; private set; }

    /// <summary>Each layer's entries, base first.</summary>
    public IReadOnlyList<IReadOnlyList<LayerEntry>> Layers { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _work = Directory.CreateTempSubdirectory("backplan-image-").FullName;
        var archive = Path.Combine(_work, "backplan.tar");
        await using (var registry = await LocalRegistry.StartAsync(ct))
        {
            // --no-build: running these tests built the app, a project reference, in this configuration already.
            var configuration = typeof(ContainerImage).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
            await Tools.RunOrFailAsync("dotnet",
                [
                    "publish", Path.Combine(Repository.Root, "src", "BackPlan.Web"), "-t:PublishContainer",
                    "-c", configuration, "--no-build", "--disable-build-servers", "-nologo",
                    $"-p:PublishDir={Path.Combine(_work, "publish")}/",
                    $"-p:ContainerBaseImage={registry.BaseImage}",
                    $"-p:ContainerArchiveOutputPath={archive}",
                ],
                ct,
                new Dictionary<string, string?> { ["DOTNET_CONTAINER_INSECURE_REGISTRIES"] = registry.Address });
        }

        var oci = Path.Combine(_work, "oci");
        Directory.CreateDirectory(oci);
        await TarFile.ExtractToDirectoryAsync(archive, oci, overwriteFiles: false, ct);
        using var index = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(oci, "index.json"), ct));
        using var manifest = JsonDocument.Parse(await File.ReadAllBytesAsync(Blob(oci, index.RootElement.GetProperty("manifests")[0]), ct));
        using var config = JsonDocument.Parse(await File.ReadAllBytesAsync(Blob(oci, manifest.RootElement.GetProperty("config")), ct));
        Settings = config.RootElement.GetProperty("config").Clone();
        var layers = new List<IReadOnlyList<LayerEntry>>();
        foreach (var layer in manifest.RootElement.GetProperty("layers").EnumerateArray())
        {
            layers.Add(await ReadLayerAsync(Blob(oci, layer), ct));
        }

        Layers = layers;
    }

    public ValueTask DisposeAsync()
    {
        if (_work is not null)
        {
            Directory.Delete(_work, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>A blob of an OCI layout, by the digest in its descriptor.</summary>
    private static string Blob(string oci, JsonElement descriptor)
    {
        var digest = descriptor.GetProperty("digest").GetString()!.Split(':');
        return Path.Combine(oci, "blobs", digest[0], digest[1]);
    }

    private static async Task<IReadOnlyList<LayerEntry>> ReadLayerAsync(string path, CancellationToken ct)
    {
        var entries = new List<LayerEntry>();
        await using var file = File.OpenRead(path);
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        await using var tar = new TarReader(gzip);
        while (await tar.GetNextEntryAsync(copyData: false, ct) is { } entry)
        {
            entries.Add(new LayerEntry("/" + entry.Name.TrimStart('.', '/').TrimEnd('/'), entry.EntryType, entry.Uid, entry.Mode));
        }

        return entries;
    }
}

/// <summary>A file or folder in a layer: its absolute path in the image, kind, owner and permissions.</summary>
public sealed record LayerEntry(string Path, TarEntryType Type, int Uid, UnixFileMode Mode);
