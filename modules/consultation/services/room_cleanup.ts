import type Consultation from '#modules/consultation/models/consultation'
import { RoomChat } from '#modules/consultation/services/room_chat'
import { RoomFiles } from '#modules/consultation/services/room_files'

/**
 * What a consultation leaves behind when it ends: nothing of its chat and
 * none of its shared files (rows and stored bytes). Called by the end of the
 * consultation (POST <base>/end); safe to call again. A file still waiting to
 * go out by e-mail is left to its mail job, which deletes it after sending.
 */
export async function cleanUpRoom(consultation: Consultation): Promise<void> {
  await RoomFiles.deleteAll(consultation)
  await RoomChat.deleteAll(consultation)
}
