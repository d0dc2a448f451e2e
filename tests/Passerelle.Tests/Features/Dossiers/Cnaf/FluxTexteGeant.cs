namespace Passerelle.Tests.Features.Dossiers.Cnaf;

/// <summary>
/// A flux whose text node at <c>coupure</c> is <c>taille</c> bytes of « A », produced as it is read: the test
/// proves the reader stops early without the file ever existing in memory or on disk.
/// </summary>
internal sealed class FluxTexteGeant(byte[] avant, long taille, byte[] apres) : Stream
{
    public long Servis { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = 0;
        if (Servis < avant.Length) n = Copier(avant.AsSpan((int)Servis), buffer);
        else if (Servis < avant.Length + taille) buffer[..(n = (int)Math.Min(buffer.Length, avant.Length + taille - Servis))].Fill((byte)'A');
        else if (Servis < Length) n = Copier(apres.AsSpan((int)(Servis - avant.Length - taille)), buffer);
        Servis += n;
        return n;
    }

    private static int Copier(ReadOnlySpan<byte> source, Span<byte> cible)
    {
        var n = Math.Min(source.Length, cible.Length);
        source[..n].CopyTo(cible);
        return n;
    }

    public override long Length => avant.Length + taille + apres.Length;
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Position { get => Servis; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
