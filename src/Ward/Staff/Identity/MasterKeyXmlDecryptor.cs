using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Ward.Security.Keys;

namespace Ward.Staff.Identity;

/// <summary>Opens a data-protection key sealed by <see cref="MasterKeyXmlEncryptor"/> with the
/// master key that sealed it (the current one or a previous one still configured).</summary>
internal sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var keys = services.GetRequiredService<MasterKeyRing>();
        var id = (string?)encryptedElement.Attribute("masterKeyId")
            ?? throw new InvalidOperationException("A data-protection key names no master key.");
        var bytes = keys.Find(id).Unwrap(Convert.FromBase64String(encryptedElement.Value),
            MasterKeyXmlEncryptor.AssociatedData);
        return XElement.Parse(Encoding.UTF8.GetString(bytes));
    }
}
