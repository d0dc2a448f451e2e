using System.Threading.Channels;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// Reads the file on another thread while the caller writes to the database: parsing and schema
/// validation of the next foyers use the second core instead of waiting for the write. The elements
/// come out in file order, each with the stream position as it was right after that element was read,
/// so checkpoints say exactly what a synchronous read would have said. They travel by packets (one
/// thread wake-up per packet, not per foyer), and at most <see cref="Avance"/> wait in memory.
/// </summary>
internal sealed class LectureAnticipee(IEnumerable<ElementFluxCnaf> elements, Stream fichier) : IAsyncDisposable
{
    public const int Avance = 2 * ExecutionImport.TailleLot;
    private const int Paquet = 50;

    private readonly Channel<(ElementFluxCnaf Element, long Position)[]> canal =
        Channel.CreateBounded<(ElementFluxCnaf, long)[]>(new BoundedChannelOptions(Avance / Paquet) { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource arret = new();
    private Task? lecture;
    private long positionFinale;

    /// <summary>Bytes of the file read when the last element handed out was read.</summary>
    public long Position { get; private set; }

    public async IAsyncEnumerable<ElementFluxCnaf> LireAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        lecture ??= Task.Run(LireFichierAsync, CancellationToken.None);
        while (await canal.Reader.WaitToReadAsync(ct))
        {
            while (canal.Reader.TryRead(out var paquet))
            {
                foreach (var (element, position) in paquet)
                {
                    Position = position;
                    yield return element;
                }
            }
        }
        Position = Volatile.Read(ref positionFinale);
    }

    private async Task LireFichierAsync()
    {
        try
        {
            var paquet = new List<(ElementFluxCnaf, long)>(Paquet);
            foreach (var element in elements)
            {
                paquet.Add((element, fichier.Position));
                if (paquet.Count < Paquet) continue;
                await canal.Writer.WriteAsync([.. paquet], arret.Token);
                paquet.Clear();
            }
            if (paquet.Count > 0) await canal.Writer.WriteAsync([.. paquet], arret.Token);
            Volatile.Write(ref positionFinale, fichier.Position);
            canal.Writer.Complete();
        }
        catch (OperationCanceledException) when (arret.IsCancellationRequested)
        {
            canal.Writer.TryComplete();
        }
        catch (Exception e)
        {
            // The caller sees the reading error where it would have seen it reading by itself.
            canal.Writer.TryComplete(e);
        }
    }

    /// <summary>Stops reading ahead and waits for the reader to let go of the file, which the caller closes next.</summary>
    public async ValueTask DisposeAsync()
    {
        await arret.CancelAsync();
        if (lecture is not null) await lecture;
        arret.Dispose();
    }
}
