import AdmZip from 'adm-zip'

export async function zipFiles(files: Record<string, string>): Promise<Buffer> {
  const zip = new AdmZip()
  for (const [name, text] of Object.entries(files)) zip.addFile(name, Buffer.from(text))
  return zip.toBuffer()
}

export async function unzipFiles(data: Buffer): Promise<Record<string, string>> {
  const zip = new AdmZip(data)
  return Object.fromEntries(zip.getEntries().map((e) => [e.entryName, e.getData().toString('utf8')]))
}
