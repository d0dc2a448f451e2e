namespace Passerelle.Web.Features.Dossiers.Cnaf;

/// <summary>
/// Sits under the XML reader and counts the bytes since the last « &lt; » as the reader pulls them, so that an
/// oversized text node is refused before the reader buffers it whole (<see cref="LimitesFluxCnaf.TexteMaxOctets"/>).
/// One vectorised search per tag and one line count per block: no allocation on the hot path.
/// </summary>
internal sealed class FluxTexteBorne(Stream suite) : Stream
{
    private long sansChevron;
    private int lignesPassees;
    private int ligneDernierChevron = 1;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = suite.Read(buffer);
        Controler(buffer[..n]);
        return n;
    }

    private void Controler(ReadOnlySpan<byte> lus)
    {
        var reste = lus;
        var dernier = -1;
        while (true)
        {
            var i = reste.IndexOf((byte)'<');
            if (sansChevron + (i < 0 ? reste.Length : i) > LimitesFluxCnaf.TexteMaxOctets)
                throw LimitesFluxCnaf.Texte(dernier < 0 ? ligneDernierChevron : Ligne(lus, dernier));
            if (i < 0)
            {
                sansChevron += reste.Length;
                break;
            }
            sansChevron = 0;
            dernier = lus.Length - reste.Length + i;
            reste = reste[(i + 1)..];
        }
        if (dernier >= 0) ligneDernierChevron = Ligne(lus, dernier);
        lignesPassees += lus.Count((byte)'\n');
    }

    private int Ligne(ReadOnlySpan<byte> lus, int index) => lignesPassees + lus[..index].Count((byte)'\n') + 1;

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
