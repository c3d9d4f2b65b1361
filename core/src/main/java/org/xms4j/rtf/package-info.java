/**
 * The RTF body of a Message object: the compressed-RTF format of PidTagRtfCompressed
 * ({@link org.xms4j.rtf.CompressedRtf}, [MS-OXRTFCP]) and HTML encapsulated in RTF
 * ({@link org.xms4j.rtf.EncapsulatedHtml}, [MS-OXRTFEX]), which Outlook reads to show an HTML body.
 *
 * <p>Malformed input is reported with {@link org.xms4j.rtf.RtfFormatException}, which names the byte
 * offset concerned. Nothing here converts RTF formatting to or from HTML: an encapsulated HTML
 * document is carried and extracted unchanged.
 */
@NullMarked
package org.xms4j.rtf;

import org.jspecify.annotations.NullMarked;
