using System.Net.Mail;
using System.Text;
using Bdis.Core.Initiatives;

namespace Bdis.Core.Tests;

/// <summary>The e-mail rule's shortcut for usual addresses must decide exactly as MailAddress alone did.</summary>
public sealed class EmailAddressTests
{
    private static bool ByMailAddressOnly(string value) =>
        MailAddress.TryCreate(value, null, Encoding.UTF8, out var address) && address.Address == value && address.Host.Contains('.', StringComparison.Ordinal);

    [Theory]
    [InlineData("contact@epicerie-solidaire.fr", true)]
    [InlineData("jean.dupont+amap@free.fr", true)]
    [InlineData("a_b%c@sous-domaine.exemple.org", true)]
    [InlineData("élodie@exemple.fr", true)]
    [InlineData("\"jean dupont\"@exemple.fr", true)]
    [InlineData("contact@localhost", false)]
    [InlineData("contact.@exemple.fr", true)] // MailAddress is lenient here; kept as it was
    [InlineData(".contact@exemple.fr", false)]
    [InlineData("jean..dupont@exemple.fr", false)]
    [InlineData("contact@exemple..fr", false)]
    [InlineData("contact@exemple.fr.", true)] // likewise
    [InlineData("@exemple.fr", false)]
    [InlineData("contact@", false)]
    [InlineData("contact", false)]
    [InlineData("Jean <jean@exemple.fr>", false)]
    [InlineData("a@b@exemple.fr", false)]
    [InlineData("contact @exemple.fr", false)]
    public void Usual_and_unusual_addresses(string value, bool valid)
    {
        Assert.Equal(valid, EmailAddress.IsValid(value));
        Assert.Equal(ByMailAddressOnly(value), EmailAddress.IsValid(value));
    }

    [Fact]
    public void Decides_as_MailAddress_alone_on_random_address_like_text()
    {
        const string alphabet = "abcXYZ019.-_%+@@..--!#$&'*/=?^`{|}~ \"()<>,;:[]\\éß\u00a0\t";
        var random = new Random(20261123);
        var plainValid = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var chars = new char[random.Next(1, 16)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(3) == 0 ? "abc.@"[random.Next(5)] : alphabet[random.Next(alphabet.Length)];
            }

            var value = new string(chars);
            var expected = ByMailAddressOnly(value);
            Assert.True(expected == EmailAddress.IsValid(value), $"« {value} »: MailAddress says {expected}");
            plainValid += expected ? 1 : 0;
        }

        Assert.True(plainValid > 1_000, $"only {plainValid} valid addresses generated: the sample says little");
    }
}
