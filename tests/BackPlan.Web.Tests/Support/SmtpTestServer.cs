using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.IO.Pipelines;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using MimeKit;
using SmtpServer;
using SmtpServer.IO;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace BackPlan.Web.Tests.Support;

/// <summary>A real SMTP server on a free loopback port that keeps every message it receives.</summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public SmtpTestServer()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        services.Add(new PromptListeners());
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    /// <summary>While true the server answers every message with a transient failure (451), like a mail server in trouble.</summary>
    public bool Refusing { get; set; }

    /// <summary>
    /// When set, asked about each message before it is kept (the sender is waiting for the answer
    /// meanwhile); false: the message is refused and not kept.
    /// </summary>
    public Func<MimeMessage, Task<bool>>? Accepting { get; set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    /// <summary>
    /// Connections with Nagle's algorithm off. The library answers a pipelined MAIL, RCPT and DATA with one
    /// write each, and every write after the first would wait for the client's delayed acknowledgement:
    /// some 40 ms a message, where a real mail server takes well under one. Plain SMTP only (no STARTTLS).
    /// </summary>
    private sealed class PromptListeners : IEndpointListenerFactory
    {
        public IEndpointListener CreateListener(IEndpointDefinition endpointDefinition) => new Listener(endpointDefinition.Endpoint);
    }

    private sealed class Listener : IEndpointListener
    {
        private readonly TcpListener _listener;

        public Listener(IPEndPoint endpoint)
        {
            _listener = new TcpListener(endpoint);
            _listener.Start();
        }

        public async Task<ISecurableDuplexPipe> GetPipeAsync(ISessionContext context, CancellationToken cancellationToken)
        {
            var client = await _listener.AcceptTcpClientAsync(cancellationToken);
            client.NoDelay = true;
            return new PlainPipe(client);
        }

        public void Dispose() => _listener.Dispose();
    }

    private sealed class PlainPipe(TcpClient client) : ISecurableDuplexPipe
    {
        public PipeReader Input { get; } = PipeReader.Create(client.GetStream());

        public PipeWriter Output { get; } = PipeWriter.Create(client.GetStream());

        public bool IsSecure => false;

        public SslProtocols SslProtocol => SslProtocols.None;

        public Task UpgradeAsync(X509Certificate certificate, SslProtocols protocols, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The test server speaks plain SMTP only.");

        public void Dispose() => client.Dispose();
    }

    private sealed class Store(SmtpTestServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (server.Refusing)
            {
                return new SmtpResponse(SmtpReplyCode.Error, "Local error in processing, try again later");
            }

            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            if (server.Accepting is { } accepting && !await accepting(message))
            {
                return SmtpResponse.TransactionFailed;
            }

            server.Messages.Enqueue(message);
            return SmtpResponse.Ok;
        }
    }
}
