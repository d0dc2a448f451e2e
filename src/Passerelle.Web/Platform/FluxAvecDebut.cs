namespace Passerelle.Web.Platform;

/// <summary>
/// Replays the bytes already read to sniff the start of a file (encoding, separator, DTD), then the rest of the
/// underlying stream, so detection works on uploads that cannot seek.
/// </summary>
internal sealed class FluxAvecDebut(byte[] debut, int longueur, Stream suite) : Stream
{
    private int position;

    /// <summary>The sniffed bytes.</summary>
    public ReadOnlyMemory<byte> Debut => debut.AsMemory(0, longueur);

    /// <summary>True when the sniffed bytes are the whole file.</summary>
    public bool Complet => longueur < debut.Length;

    public static FluxAvecDebut Lire(Stream flux, int taille)
    {
        var tampon = new byte[taille];
        var lus = 0;
        int n;
        while (lus < taille && (n = flux.Read(tampon, lus, taille - lus)) > 0) lus += n;
        return new FluxAvecDebut(tampon, lus, flux);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (position >= longueur) return suite.Read(buffer);
        var n = Math.Min(buffer.Length, longueur - position);
        debut.AsSpan(position, n).CopyTo(buffer);
        position += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
