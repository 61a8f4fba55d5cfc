import { Module } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { StoryRepository, storyModelsOn } from '@newsflow/story-store';

/** Story identity's repository on the app's MongoDB connection. */
@Module({
  providers: [
    {
      provide: StoryRepository,
      inject: [getConnectionToken()],
      useFactory: async (connection: Connection) => {
        const models = storyModelsOn(connection);
        await Promise.all(Object.values(models).map((model) => model.createIndexes()));
        return new StoryRepository(models);
      },
    },
  ],
  exports: [StoryRepository],
})
export class StoryStoreModule {}
